package no.lokta.programme.shadowing.web;

import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.shadowing.ApplicationSummary;
import no.lokta.programme.shadowing.Approver;
import no.lokta.programme.shadowing.ShadowingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leaders' approvals: a kommunekontakt (or a partner's contact) for their own organisation's
 * applicants and placements, a coordinator for organisations without such a leader.
 */
@Controller
@RequestMapping("/programme/shadowing/approvals")
class ApprovalController {

    private final ShadowingManagement shadowing;
    private final Tenancy tenancy;

    ApprovalController(ShadowingManagement shadowing, Tenancy tenancy) {
        this.shadowing = shadowing;
        this.tenancy = tenancy;
    }

    private CollaborationAccess leader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.PARTNER);
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = leader();
        Approver approver = Approver.of(tenancy.requireUser().accountId(), access);
        model.addAttribute("awaiting", shadowing.awaiting(access.collaborationId(), approver));
        return "programme/shadowing/approvals";
    }

    @PostMapping("/{applicationId}/approve")
    String approve(@PathVariable UUID applicationId, RedirectAttributes redirect) {
        CollaborationAccess access = leader();
        try {
            ApplicationSummary after = shadowing.approve(
                    access.collaborationId(), Approver.of(tenancy.requireUser().accountId(), access), applicationId);
            redirect.addFlashAttribute("decided", after.status().name());
            redirect.addFlashAttribute("decidedName", after.name());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/shadowing/approvals";
    }

    @PostMapping("/{applicationId}/decline")
    String decline(
            @PathVariable UUID applicationId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = leader();
        Approver approver = Approver.of(tenancy.requireUser().accountId(), access);
        try {
            ApplicationSummary after = shadowing.decline(access.collaborationId(), approver, applicationId, reason);
            redirect.addFlashAttribute("decided", after.status().name());
            redirect.addFlashAttribute("decidedName", after.name());
            return "redirect:/programme/shadowing/approvals";
        } catch (InvalidInput e) {
            InvalidInput.FieldProblem problem = e.errors().getFirst();
            if (!problem.field().equals("reason")) {
                redirect.addFlashAttribute("refused", problem.messageKey());
                return "redirect:/programme/shadowing/approvals";
            }
            // shown at the reason field of that application, with what was typed
            model.addAttribute("awaiting", shadowing.awaiting(access.collaborationId(), approver));
            model.addAttribute("reasonFor", applicationId);
            model.addAttribute("reasonError", problem.messageKey());
            model.addAttribute("reason", reason);
            return "programme/shadowing/approvals";
        }
    }
}
