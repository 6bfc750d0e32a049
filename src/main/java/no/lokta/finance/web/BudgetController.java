package no.lokta.finance.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.finance.Budget;
import no.lokta.finance.FinanceManagement;
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

/** The budget to share for each year: the list and the form that sets a year's amount. */
@Controller
class BudgetController {

    private final FinanceManagement finance;
    private final Tenancy tenancy;

    BudgetController(FinanceManagement finance, Tenancy tenancy) {
        this.finance = finance;
        this.tenancy = tenancy;
    }

    @GetMapping("/cost-share/budgets")
    String list(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute(
                "budgetForm",
                BudgetForm.empty(LocalDate.now(CostShareController.ZONE).getYear() + 1));
        return page(collaborationId, model);
    }

    @PostMapping("/cost-share/budgets")
    String update(
            @Valid @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                Budget saved = finance.saveBudget(collaborationId, form.toCommand());
                redirect.addFlashAttribute("budgetSaved", true);
                return "redirect:/cost-share?year=" + saved.year();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(collaborationId, model);
    }

    private String page(UUID collaborationId, Model model) {
        model.addAttribute("budgets", finance.budgets(collaborationId));
        return "finance/budgets";
    }
}
