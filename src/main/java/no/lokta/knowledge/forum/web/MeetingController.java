package no.lokta.knowledge.forum.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.forum.DecisionStatus;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.knowledge.forum.MeetingIcs;
import no.lokta.knowledge.forum.MeetingSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A forum's meetings: the agenda, attendance and minutes, the numbered decisions, the mails to
 * the members and the calendar file.
 */
@Controller
@RequestMapping("/knowledge/fora/{forumId}/meetings")
class MeetingController {

    private final ForumManagement fora;
    private final MeetingIcs ics;
    private final Tenancy tenancy;

    MeetingController(ForumManagement fora, MeetingIcs ics, Tenancy tenancy) {
        this.fora = fora;
        this.ics = ics;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping("/new")
    String newForm(@PathVariable UUID forumId, Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty(fora.today().plusWeeks(2)));
        return formPage(coordinator(), forumId, null, model);
    }

    @PostMapping
    String create(
            @PathVariable UUID forumId,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.forum(c, forumId);
        UUID[] created = new UUID[1];
        return Forms.saved(
                        result,
                        redirect,
                        () -> created[0] =
                                fora.addMeeting(c, forumId, form.toCommand()).id())
                ? "redirect:/knowledge/fora/" + forumId + "/meetings/" + created[0]
                : formPage(c, forumId, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID forumId, @PathVariable UUID id, Model model) {
        CollaborationAccess access = tenancy.require(ForumController.READERS);
        UUID c = access.collaborationId();
        MeetingSummary meeting = fora.meeting(c, forumId, id);
        model.addAttribute("forum", fora.forum(c, forumId, meeting.startsAt().toLocalDate()));
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "members",
                fora.members(c, forumId).stream()
                        .filter(m -> m.activeOn(meeting.startsAt().toLocalDate()))
                        .toList());
        model.addAttribute("decisions", fora.decisions(c, forumId, id));
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/forum/meeting";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID forumId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("meetingForm", MeetingForm.from(fora.meeting(c, forumId, id)));
        return formPage(c, forumId, id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID forumId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.meeting(c, forumId, id);
        return Forms.saved(result, redirect, () -> fora.updateMeeting(c, forumId, id, form.toCommand()))
                ? "redirect:/knowledge/fora/" + forumId + "/meetings/" + id
                : formPage(c, forumId, id, model);
    }

    private String formPage(UUID c, UUID forumId, @Nullable UUID id, Model model) {
        model.addAttribute("forum", fora.forum(c, forumId));
        model.addAttribute("meetingId", id);
        return "knowledge/forum/meeting-form";
    }

    /** The minutes and who was present. */
    @PostMapping("/{id}/minutes")
    String minutes(
            @PathVariable UUID forumId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        step(redirect, () -> fora.recordMinutes(c, forumId, id, minutes, present == null ? List.of() : present));
        return "redirect:/knowledge/fora/" + forumId + "/meetings/" + id + "#minutes";
    }

    @PostMapping("/{id}/agenda/send")
    String sendAgenda(@PathVariable UUID forumId, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID c = coordinator();
        redirect.addFlashAttribute("mailed", fora.sendAgenda(c, forumId, id));
        return "redirect:/knowledge/fora/" + forumId + "/meetings/" + id;
    }

    @PostMapping("/{id}/minutes/send")
    String sendMinutes(@PathVariable UUID forumId, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID c = coordinator();
        try {
            redirect.addFlashAttribute("mailed", fora.sendMinutes(c, forumId, id));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/knowledge/fora/" + forumId + "/meetings/" + id;
    }

    @GetMapping(path = "/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<byte[]> calendar(@PathVariable UUID forumId, @PathVariable UUID id) {
        CollaborationAccess access = tenancy.require(ForumController.READERS);
        MeetingSummary meeting = fora.meeting(access.collaborationId(), forumId, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingIcs.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mote.ics")
                                .build()
                                .toString())
                .body(ics.bytes(meeting));
    }

    @GetMapping("/{id}/decisions/new")
    String newDecision(@PathVariable UUID forumId, @PathVariable UUID id, Model model) {
        model.addAttribute("decisionForm", DecisionForm.empty());
        return decisionPage(coordinator(), forumId, id, null, model);
    }

    @PostMapping("/{id}/decisions")
    String createDecision(
            @PathVariable UUID forumId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.meeting(c, forumId, id);
        return Forms.saved(result, redirect, () -> fora.addDecision(c, forumId, id, form.toCommand()))
                ? "redirect:/knowledge/fora/" + forumId + "/meetings/" + id + "#decisions"
                : decisionPage(c, forumId, id, null, model);
    }

    @GetMapping("/{id}/decisions/{decisionId}")
    String editDecision(@PathVariable UUID forumId, @PathVariable UUID id, @PathVariable UUID decisionId, Model model) {
        UUID c = coordinator();
        model.addAttribute(
                "decisionForm",
                DecisionForm.from(fora.decisions(c, forumId, id).stream()
                        .filter(d -> d.id().equals(decisionId))
                        .findFirst()
                        .orElseThrow(no.lokta.knowledge.forum.ForumNotFound::new)));
        return decisionPage(c, forumId, id, decisionId, model);
    }

    @PostMapping("/{id}/decisions/{decisionId}")
    String updateDecision(
            @PathVariable UUID forumId,
            @PathVariable UUID id,
            @PathVariable UUID decisionId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> fora.updateDecision(c, forumId, id, decisionId, form.toCommand()))
                ? "redirect:/knowledge/fora/" + forumId + "/meetings/" + id + "#decisions"
                : decisionPage(c, forumId, id, decisionId, model);
    }

    private String decisionPage(UUID c, UUID forumId, UUID id, @Nullable UUID decisionId, Model model) {
        model.addAttribute("forum", fora.forum(c, forumId));
        model.addAttribute("meeting", fora.meeting(c, forumId, id));
        model.addAttribute("decisionId", decisionId);
        model.addAttribute("statuses", DecisionStatus.values());
        return "knowledge/forum/decision";
    }

    private static void step(RedirectAttributes redirect, Forms.Change change) {
        try {
            change.apply();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
    }
}
