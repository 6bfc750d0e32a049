package no.lokta.programme.shadowing.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.shadowing.ApplicationSummary;
import no.lokta.programme.shadowing.PlacementSummary;
import no.lokta.programme.shadowing.ShadowingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Job shadowing for everyone: published placements without sign-in; applying, one's own
 * applications and reports signed in, in a collaboration the person belongs to.
 */
@Controller
@RequestMapping("/programme/shadowing")
class ShadowingController {

    private final ShadowingManagement shadowing;
    private final MemberManagement members;
    private final Tenancy tenancy;

    ShadowingController(ShadowingManagement shadowing, MemberManagement members, Tenancy tenancy) {
        this.shadowing = shadowing;
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable UUID collaboration, Model model) {
        model.addAttribute("placements", shadowing.publishedPlacements(collaboration));
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("today", shadowing.today());
        return "programme/shadowing/list";
    }

    @GetMapping("/placements/{id}")
    String show(@PathVariable UUID id, Model model) {
        PlacementSummary placement = shadowing.publicPlacement(id);
        model.addAttribute("placement", placement);
        model.addAttribute("open", placement.openOn(shadowing.today()));
        LoktaUser user = tenancy.user().orElse(null);
        model.addAttribute(
                "yours",
                user == null
                        ? null
                        : shadowing.liveApplication(id, user.accountId()).orElse(null));
        return "programme/shadowing/show";
    }

    @GetMapping("/placements/{id}/apply")
    String applyForm(@PathVariable UUID id, Model model) {
        PlacementSummary placement = shadowing.publicPlacement(id);
        CollaborationAccess access = tenancy.require(placement.collaborationId());
        model.addAttribute("applicationForm", ApplicationForm.empty(placement, access.organisationId()));
        return applyPage(placement, access, model);
    }

    @PostMapping("/placements/{id}/applications")
    String apply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlacementSummary placement = shadowing.publicPlacement(id);
        CollaborationAccess access = tenancy.require(placement.collaborationId());
        if (access.organisationId() == null && form.organisationId() == null) {
            // told together with the other fields, not only after they are right
            result.rejectValue("organisationId", "NotNull", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                shadowing.apply(
                        placement.collaborationId(),
                        form.toCommand(id, tenancy.requireUser(), access.organisationId()));
                redirect.addFlashAttribute("applied", true);
                return "redirect:/programme/shadowing/mine";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return applyPage(placement, access, model);
    }

    private String applyPage(PlacementSummary placement, CollaborationAccess access, Model model) {
        model.addAttribute("placement", placement);
        model.addAttribute("open", placement.openOn(shadowing.today()));
        UUID own = access.organisationId();
        model.addAttribute(
                "ownOrganisation", own == null ? null : members.organisation(placement.collaborationId(), own));
        model.addAttribute("organisations", members.organisations(placement.collaborationId()));
        return "programme/shadowing/apply";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        CollaborationAccess access = tenancy.require();
        model.addAttribute(
                "applications",
                shadowing.applicationsOf(
                        access.collaborationId(), tenancy.requireUser().accountId()));
        model.addAttribute("today", shadowing.today());
        return "programme/shadowing/mine";
    }

    @GetMapping("/mine/{applicationId}/report")
    String reportForm(@PathVariable UUID applicationId, Model model) {
        ApplicationSummary application = own(applicationId);
        model.addAttribute("reportForm", ReportForm.from(application));
        return reportPage(application, model);
    }

    @PostMapping("/mine/{applicationId}/report")
    String report(
            @PathVariable UUID applicationId,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ApplicationSummary application = own(applicationId);
        if (!result.hasErrors()) {
            try {
                shadowing.report(
                        tenancy.require().collaborationId(),
                        tenancy.requireUser().accountId(),
                        applicationId,
                        form.toCommand());
                redirect.addFlashAttribute("reported", true);
                return "redirect:/programme/shadowing/mine";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return reportPage(application, model);
    }

    private ApplicationSummary own(UUID applicationId) {
        return shadowing.ownApplication(
                tenancy.require().collaborationId(), tenancy.requireUser().accountId(), applicationId);
    }

    private String reportPage(ApplicationSummary application, Model model) {
        model.addAttribute("yours", application);
        model.addAttribute("due", application.reportDueOn(shadowing.today()));
        return "programme/shadowing/report";
    }
}
