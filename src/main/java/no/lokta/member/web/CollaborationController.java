package no.lokta.member.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The collaborations a person belongs to, switching between them, and editing the current one. */
@Controller
class CollaborationController {

    private final MemberManagement members;
    private final Tenancy tenancy;

    CollaborationController(MemberManagement members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping("/collaborations")
    String list(Model model) {
        var user = tenancy.requireUser();
        model.addAttribute(
                "collaborations",
                members.collaborations(
                        user.access().stream().map(a -> a.collaborationId()).toList()));
        return "member/collaborations/list";
    }

    @PostMapping("/collaborations/{id}/choose")
    String choose(@PathVariable UUID id) {
        tenancy.choose(id);
        return "redirect:/";
    }

    @GetMapping("/collaborations/current/edit")
    String editForm(Model model) {
        UUID id = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("collaborationForm", CollaborationForm.from(members.collaboration(id)));
        return "member/collaborations/edit";
    }

    @PostMapping("/collaborations/current")
    String update(
            @Valid @ModelAttribute("collaborationForm") CollaborationForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        UUID id = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                members.updateCollaboration(id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/collaborations";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return "member/collaborations/edit";
    }
}
