package no.lokta.finance.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.lokta.finance.FinanceManagement;
import no.lokta.finance.PopulationBasis;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The collaboration's cost-share rule: the two percentages and which population counts. */
@Controller
class CostShareRuleController {

    private final FinanceManagement finance;
    private final Tenancy tenancy;

    CostShareRuleController(FinanceManagement finance, Tenancy tenancy) {
        this.finance = finance;
        this.tenancy = tenancy;
    }

    @GetMapping("/cost-share/rule")
    String editForm(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("costShareRuleForm", CostShareRuleForm.from(finance.rule(collaborationId)));
        return page(model);
    }

    @PostMapping("/cost-share/rule")
    String update(
            @Valid @ModelAttribute("costShareRuleForm") CostShareRuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                finance.setRule(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/cost-share";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(model);
    }

    private static String page(Model model) {
        Map<String, String> bases = new LinkedHashMap<>();
        for (PopulationBasis b : PopulationBasis.values()) {
            bases.put(b.name(), b.messageKey());
        }
        model.addAttribute("populationBases", bases);
        return "finance/rule";
    }
}
