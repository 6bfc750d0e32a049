package no.lokta.project.funding.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.funding.FundingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funders the collaboration applies to, with a form for a new one. */
@Controller
@RequestMapping("/projects/funders")
class FunderController {

    private final FundingManagement funding;
    private final Tenancy tenancy;

    FunderController(FundingManagement funding, Tenancy tenancy) {
        this.funding = funding;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(Model model) {
        UUID c = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("funderForm", FunderForm.empty());
        return page(c, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("funderForm") FunderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                funding.createFunder(c, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/funders";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(c, model);
    }

    private String page(UUID c, Model model) {
        model.addAttribute("funders", funding.funders(c));
        model.addAttribute("kinds", FunderKind.values());
        return "project/funding/funders";
    }
}
