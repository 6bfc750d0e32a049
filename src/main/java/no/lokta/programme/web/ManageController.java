package no.lokta.programme.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeEditor;
import no.lokta.programme.ProgrammeEditors;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editing side of the programme: activities, drafts included, their sites and registrations.
 * A coordinator edits every activity of the collaboration; a resource-group member edits only the
 * activities of the networks whose resource group they sit in today, and another network's
 * activity is not found for them.
 */
@Controller
@RequestMapping("/programme/manage")
class ManageController {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final ProgrammeEditors editors;
    private final Tenancy tenancy;

    ManageController(
            ProgrammeManagement programme,
            MemberManagement members,
            NetworkManagement networks,
            ProgrammeEditors editors,
            Tenancy tenancy) {
        this.programme = programme;
        this.members = members;
        this.networks = networks;
        this.editors = editors;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(Model model) {
        ProgrammeEditor editor = editor();
        model.addAttribute(
                "activities",
                programme.activities(editor.collaborationId()).stream()
                        .filter(a -> editor.mayEdit(a.networkId()))
                        .toList());
        return "programme/manage/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        ProgrammeEditor editor = editor();
        model.addAttribute(
                "activityForm",
                ActivityForm.empty(
                        editor.coordinator()
                                ? null
                                : editor.networkIds().iterator().next()));
        choices(editor, model);
        return "programme/manage/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeEditor editor = editor();
        if (!result.hasErrors()) {
            try {
                ActivitySummary created = programme.createActivity(editor.collaborationId(), command(editor, form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/manage/" + created.id() + "/registrations";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(editor, model);
        return "programme/manage/new";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ProgrammeEditor editor = editor();
        ActivitySummary activity = editable(editor, id);
        model.addAttribute("activity", activity);
        model.addAttribute("activityForm", ActivityForm.from(activity));
        choices(editor, model);
        return "programme/manage/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeEditor editor = editor();
        ActivitySummary activity = editable(editor, id);
        if (!result.hasErrors()) {
            try {
                programme.updateActivity(editor.collaborationId(), id, command(editor, form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/manage/" + id + "/registrations";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("activity", activity);
        choices(editor, model);
        return "programme/manage/edit";
    }

    // --- sites of sessions

    @GetMapping("/{id}/sites")
    String sites(@PathVariable UUID id, Model model) {
        ActivitySummary activity = editable(editor(), id);
        model.addAttribute("activity", activity);
        if (!model.containsAttribute("siteForm")) {
            model.addAttribute(
                    "siteForm",
                    SiteForm.empty(
                            activity.sessions().isEmpty()
                                    ? null
                                    : activity.sessions().getFirst().id()));
        }
        return "programme/manage/sites";
    }

    @PostMapping("/{id}/sites")
    String addSite(
            @PathVariable UUID id,
            @Valid @ModelAttribute("siteForm") SiteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeEditor editor = editor();
        ActivitySummary activity = editable(editor, id);
        UUID sessionId = form.sessionId();
        if (!result.hasErrors() && sessionId != null) {
            try {
                if (activity.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
                    throw new InvalidInput("sessionId", "site.session.unknown");
                }
                programme.addSite(editor.collaborationId(), id, sessionId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/manage/" + id + "/sites";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return sites(id, model);
    }

    @PostMapping("/{id}/sites/{siteId}/delete")
    String removeSite(@PathVariable UUID id, @PathVariable UUID siteId, RedirectAttributes redirect) {
        ProgrammeEditor editor = editor();
        editable(editor, id);
        programme.removeSite(editor.collaborationId(), id, siteId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/programme/manage/" + id + "/sites";
    }

    // --- registrations

    @GetMapping("/{id}/registrations")
    String registrations(@PathVariable UUID id, Model model) {
        ProgrammeEditor editor = editor();
        ActivitySummary activity = editable(editor, id);
        List<RegistrationSummary> registrations = programme.registrations(editor.collaborationId(), id);
        model.addAttribute("activity", activity);
        model.addAttribute("registrations", registrations);
        model.addAttribute("organisations", organisationNames(editor.collaborationId()));
        Map<UUID, String> siteNames = new LinkedHashMap<>();
        activity.sites().forEach(s -> siteNames.put(s.id(), s.place()));
        model.addAttribute("siteNames", siteNames);
        // seats held per site: those confirmed or awaiting approval
        Map<UUID, Long> perSite = registrations.stream()
                .filter(r -> r.status().holdsSeat() && r.siteId() != null)
                .collect(Collectors.groupingBy(RegistrationSummary::siteId, Collectors.counting()));
        model.addAttribute("siteCounts", perSite);
        model.addAttribute(
                "withoutSite",
                registrations.stream()
                        .filter(r -> r.status().holdsSeat() && r.siteId() == null)
                        .count());
        return "programme/manage/registrations";
    }

    @PostMapping("/{id}/registrations/{registrationId}/cancel")
    String cancel(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
        ProgrammeEditor editor = editor();
        editable(editor, id);
        ownRegistration(editor, id, registrationId);
        programme.cancel(editor.collaborationId(), registrationId);
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
        ProgrammeEditor editor = editor();
        editable(editor, id);
        ownRegistration(editor, id, registrationId);
        try {
            programme.decide(editor.collaborationId(), null, registrationId, approve);
            redirect.addFlashAttribute("decided", approve ? "approved" : "declined");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/manage/" + id + "/registrations";
    }

    // --- who may edit what

    private ProgrammeEditor editor() {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR, Role.RESOURCE_GROUP_MEMBER);
        return editors.editor(access, tenancy.requireUser().accountId())
                .orElseThrow(() -> new AccessDeniedException("in no resource group today"));
    }

    private ActivitySummary editable(ProgrammeEditor editor, UUID id) {
        return editor.check(programme.activity(editor.collaborationId(), id));
    }

    /** The registration must belong to the activity in the path: an id from elsewhere is not found. */
    private void ownRegistration(ProgrammeEditor editor, UUID activityId, UUID registrationId) {
        boolean own = programme.registrations(editor.collaborationId(), activityId).stream()
                .anyMatch(r -> r.id().equals(registrationId));
        if (!own) {
            throw new no.lokta.programme.RegistrationNotFound();
        }
    }

    private static ActivityCommand command(ProgrammeEditor editor, ActivityForm form) {
        if (!editor.coordinator() && !editor.mayEdit(form.networkId())) {
            throw new InvalidInput("networkId", "activity.network.notYours");
        }
        return form.toCommand();
    }

    private void choices(ProgrammeEditor editor, Model model) {
        model.addAttribute("kinds", ProgrammeController.kinds());
        model.addAttribute("audiences", ProgrammeController.audiences());
        Map<String, String> statuses = new LinkedHashMap<>();
        Arrays.stream(ActivityStatus.values()).forEach(s -> statuses.put(s.name(), s.messageKey()));
        model.addAttribute("statuses", statuses);
        model.addAttribute("organisations", members.organisations(editor.collaborationId()));
        Map<UUID, String> networkChoices = new LinkedHashMap<>(networks.networkNames(editor.collaborationId()));
        networkChoices.keySet().removeIf(n -> !editor.mayEdit(n));
        model.addAttribute("networkChoices", networkChoices);
        model.addAttribute("networkOptional", editor.coordinator());
        model.addAttribute("rows", ActivityForm.rows());
    }

    private Map<UUID, String> organisationNames(UUID collaborationId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        List<OrganisationSummary> all = members.organisations(collaborationId);
        all.forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
