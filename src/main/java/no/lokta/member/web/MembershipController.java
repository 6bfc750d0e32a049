package no.lokta.member.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipKind;
import no.lokta.member.MembershipSummary;
import no.lokta.member.OrganisationKind;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who was a member on a date, the membership timeline, edits of a period, and mergers. */
@Controller
class MembershipController {

    private final MemberManagement members;
    private final Tenancy tenancy;

    MembershipController(MemberManagement members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping("/members")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        CollaborationAccess access = tenancy.require();
        LocalDate on = date != null ? date : year != null ? LocalDate.of(year, 7, 1) : LocalDate.now();
        List<MembershipSummary> active = members.membersOn(access.collaborationId(), on);
        model.addAttribute("date", on);
        model.addAttribute(
                "members",
                active.stream().filter(m -> m.kind() == MembershipKind.MEMBER).toList());
        model.addAttribute(
                "partners",
                active.stream().filter(m -> m.kind() == MembershipKind.PARTNER).toList());
        model.addAttribute("canEdit", access.has(Role.COORDINATOR));
        return "member/members/list";
    }

    @GetMapping("/members/timeline")
    String timeline(Model model) {
        CollaborationAccess access = tenancy.require();
        List<MembershipSummary> all = members.memberships(access.collaborationId()).stream()
                .filter(m -> m.kind() == MembershipKind.MEMBER)
                .toList();
        model.addAttribute("timeline", Timeline.of(all, LocalDate.now()));
        return "member/members/timeline";
    }

    @GetMapping("/memberships/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        MembershipSummary m = members.membership(collaborationId, id);
        model.addAttribute("membership", m);
        model.addAttribute("membershipForm", MembershipForm.from(m));
        model.addAttribute("membershipKinds", OrganisationController.membershipKinds());
        return "member/members/edit";
    }

    @PostMapping("/memberships/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        MembershipSummary m = members.membership(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                members.updateMembership(collaborationId, id, form.toCommand(m.organisationId()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + m.organisationId() + "#memberships";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("membership", m);
        model.addAttribute("membershipKinds", OrganisationController.membershipKinds());
        return "member/members/edit";
    }

    @PostMapping("/memberships/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        MembershipSummary m = members.membership(collaborationId, id);
        members.deleteMembership(collaborationId, id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisations/" + m.organisationId() + "#memberships";
    }

    @GetMapping("/members/merger")
    String mergerForm(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("mergerForm", MergerForm.empty());
        return mergerPage(collaborationId, model);
    }

    @PostMapping("/members/merger")
    String merge(
            @Valid @ModelAttribute("mergerForm") MergerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                members.merge(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/members/timeline";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return mergerPage(collaborationId, model);
    }

    private String mergerPage(UUID collaborationId, Model model) {
        model.addAttribute(
                "municipalities",
                members.organisations(collaborationId).stream()
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.endedOn() == null)
                        .toList());
        return "member/members/merger";
    }
}
