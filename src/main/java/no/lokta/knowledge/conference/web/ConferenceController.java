package no.lokta.knowledge.conference.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.knowledge.conference.ConferenceManagement;
import no.lokta.knowledge.conference.Field;
import no.lokta.knowledge.conference.OutcomeStatus;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dialogue conferences and what they agreed to carry on: members read, the coordinator records. */
@Controller
@RequestMapping("/knowledge/conferences")
class ConferenceController {

    private final ConferenceManagement conferences;
    private final Tenancy tenancy;

    ConferenceController(ConferenceManagement conferences, Tenancy tenancy) {
        this.conferences = conferences;
        this.tenancy = tenancy;
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER);
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader();
        model.addAttribute("conferences", conferences.conferences(access.collaborationId()));
        return "knowledge/conference/list";
    }

    @GetMapping("/{activityId}")
    String show(@PathVariable UUID activityId, Model model) {
        CollaborationAccess access = reader();
        model.addAttribute("conference", conferences.conference(access.collaborationId(), activityId));
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/conference/show";
    }

    @GetMapping("/{activityId}/outcomes/new")
    String newOutcome(@PathVariable UUID activityId, Model model) {
        model.addAttribute("outcomeForm", OutcomeForm.empty());
        return page(coordinator(), activityId, null, model);
    }

    @PostMapping("/{activityId}/outcomes")
    String create(
            @PathVariable UUID activityId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        conferences.conference(c, activityId);
        return Forms.saved(result, redirect, () -> conferences.addOutcome(c, activityId, form.toCommand()))
                ? "redirect:/knowledge/conferences/" + activityId
                : page(c, activityId, null, model);
    }

    @GetMapping("/{activityId}/outcomes/{id}")
    String edit(@PathVariable UUID activityId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("outcomeForm", OutcomeForm.from(conferences.outcome(c, activityId, id)));
        return page(c, activityId, id, model);
    }

    @PostMapping("/{activityId}/outcomes/{id}")
    String update(
            @PathVariable UUID activityId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        conferences.outcome(c, activityId, id);
        return Forms.saved(result, redirect, () -> conferences.updateOutcome(c, activityId, id, form.toCommand()))
                ? "redirect:/knowledge/conferences/" + activityId
                : page(c, activityId, id, model);
    }

    private String page(UUID c, UUID activityId, @Nullable UUID id, Model model) {
        model.addAttribute("conference", conferences.conference(c, activityId));
        model.addAttribute("outcomeId", id);
        model.addAttribute("fields", Field.values());
        model.addAttribute("statuses", OutcomeStatus.values());
        return "knowledge/conference/outcome";
    }
}
