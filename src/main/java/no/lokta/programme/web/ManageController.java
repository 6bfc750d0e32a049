package no.lokta.programme.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's side of the programme: activities, drafts included, and registrations. */
@Controller
@RequestMapping("/programme/manage")
class ManageController {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final Tenancy tenancy;

    ManageController(ProgrammeManagement programme, MemberManagement members, Tenancy tenancy) {
        this.programme = programme;
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("activities", programme.activities(collaborationId));
        return "programme/manage/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("activityForm", ActivityForm.empty());
        choices(collaborationId, model);
        return "programme/manage/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                ActivitySummary created = programme.createActivity(collaborationId, form.toCommand(null));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/manage/" + created.id() + "/registrations";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, model);
        return "programme/manage/new";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        ActivitySummary activity = programme.activity(collaborationId, id);
        model.addAttribute("activity", activity);
        model.addAttribute("activityForm", ActivityForm.from(activity));
        choices(collaborationId, model);
        return "programme/manage/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        ActivitySummary activity = programme.activity(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                programme.updateActivity(collaborationId, id, form.toCommand(activity.networkId()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/manage/" + id + "/registrations";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("activity", activity);
        choices(collaborationId, model);
        return "programme/manage/edit";
    }

    @GetMapping("/{id}/registrations")
    String registrations(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("activity", programme.activity(collaborationId, id));
        model.addAttribute("registrations", programme.registrations(collaborationId, id));
        model.addAttribute("organisations", organisationNames(collaborationId));
        return "programme/manage/registrations";
    }

    @PostMapping("/{id}/registrations/{registrationId}/cancel")
    String cancel(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        programme.activity(collaborationId, id);
        programme.cancel(collaborationId, registrationId);
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/programme/manage/" + id + "/registrations";
    }

    /** A coordinator's decision on a registration that awaits a leader's approval. */
    @PostMapping("/{id}/registrations/{registrationId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
        return decide(id, registrationId, true, redirect);
    }

    @PostMapping("/{id}/registrations/{registrationId}/decline")
    String decline(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
        return decide(id, registrationId, false, redirect);
    }

    private String decide(UUID id, UUID registrationId, boolean approve, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        programme.activity(collaborationId, id);
        try {
            programme.decide(collaborationId, null, registrationId, approve);
            redirect.addFlashAttribute("decided", approve ? "approved" : "declined");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/manage/" + id + "/registrations";
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("kinds", ProgrammeController.kinds());
        Map<String, String> audiences = new LinkedHashMap<>();
        Arrays.stream(Audience.values()).forEach(a -> audiences.put(a.name(), a.messageKey()));
        model.addAttribute("audiences", audiences);
        Map<String, String> statuses = new LinkedHashMap<>();
        Arrays.stream(ActivityStatus.values()).forEach(s -> statuses.put(s.name(), s.messageKey()));
        model.addAttribute("statuses", statuses);
        model.addAttribute("organisations", members.organisations(collaborationId));
        model.addAttribute("rows", ActivityForm.rows());
    }

    private Map<UUID, String> organisationNames(UUID collaborationId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        List<OrganisationSummary> all = members.organisations(collaborationId);
        all.forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
