package no.lokta.knowledge.forum.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.knowledge.forum.ForumKind;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.knowledge.forum.ForumSummary;
import no.lokta.knowledge.forum.MeetingIcs;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fora: the list, a forum's page with its composition, members, meetings and decisions, and the
 * coordinator's forms for the forum, its groups of seats and its members. Members and partners of
 * the collaboration read; the coordinator changes.
 */
@Controller
@RequestMapping("/knowledge/fora")
class ForumController {

    static final Role[] READERS = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER
    };

    private final ForumManagement fora;
    private final Tenancy tenancy;

    private final MeetingIcs ics;

    ForumController(ForumManagement fora, MeetingIcs ics, Tenancy tenancy) {
        this.fora = fora;
        this.ics = ics;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = tenancy.require(READERS);
        model.addAttribute("fora", fora.fora(access.collaborationId()));
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/forum/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("forumForm", ForumForm.empty());
        model.addAttribute("kinds", ForumKind.values());
        return "knowledge/forum/forum-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("forumForm") ForumForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = fora.create(c, form.toCommand()).id())) {
            return "redirect:/knowledge/fora/" + created[0];
        }
        model.addAttribute("kinds", ForumKind.values());
        return "knowledge/forum/forum-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = tenancy.require(READERS);
        UUID c = access.collaborationId();
        model.addAttribute("forum", fora.forum(c, id));
        model.addAttribute("members", fora.members(c, id));
        model.addAttribute("meetings", fora.meetings(c, id));
        model.addAttribute("decisions", fora.decisionsOf(c, id));
        model.addAttribute("today", fora.today());
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/forum/show";
    }

    /** Every meeting of the forum, past and planned, as one calendar file to import. */
    @GetMapping(path = "/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<byte[]> calendar(@PathVariable UUID id) {
        UUID c = tenancy.require(READERS).collaborationId();
        fora.forum(c, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingIcs.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("motekalender.ics")
                                .build()
                                .toString())
                .body(ics.bytes(fora.meetings(c, id)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ForumSummary forum = fora.forum(coordinator(), id);
        model.addAttribute("forum", forum);
        model.addAttribute("forumForm", ForumForm.from(forum));
        model.addAttribute("kinds", ForumKind.values());
        return "knowledge/forum/forum-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("forumForm") ForumForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        ForumSummary forum = fora.forum(c, id);
        if (Forms.saved(result, redirect, () -> fora.update(c, id, form.toCommand()))) {
            return "redirect:/knowledge/fora/" + id;
        }
        model.addAttribute("forum", forum);
        model.addAttribute("kinds", ForumKind.values());
        return "knowledge/forum/forum-form";
    }

    @GetMapping("/{id}/groups/new")
    String newGroup(@PathVariable UUID id, Model model) {
        model.addAttribute("seatGroupForm", SeatGroupForm.empty());
        return groupPage(coordinator(), id, model);
    }

    @PostMapping("/{id}/groups")
    String createGroup(
            @PathVariable UUID id,
            @Valid @ModelAttribute("seatGroupForm") SeatGroupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.forum(c, id);
        return Forms.saved(result, redirect, () -> fora.addGroup(c, id, form.toCommand()))
                ? "redirect:/knowledge/fora/" + id + "#composition"
                : groupPage(c, id, model);
    }

    @PostMapping("/{id}/groups/{groupId}/delete")
    String deleteGroup(@PathVariable UUID id, @PathVariable UUID groupId, RedirectAttributes redirect) {
        try {
            fora.removeGroup(coordinator(), id, groupId);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/knowledge/fora/" + id + "#composition";
    }

    private String groupPage(UUID c, UUID id, Model model) {
        model.addAttribute("forum", fora.forum(c, id));
        return "knowledge/forum/group";
    }

    @GetMapping("/{id}/members/new")
    String newMember(@PathVariable UUID id, Model model) {
        model.addAttribute("memberForm", MemberForm.empty(fora.today()));
        return memberPage(coordinator(), id, null, model);
    }

    @PostMapping("/{id}/members")
    String createMember(
            @PathVariable UUID id,
            @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.forum(c, id);
        return Forms.saved(result, redirect, () -> fora.addMember(c, id, form.toCommand()))
                ? "redirect:/knowledge/fora/" + id + "#members"
                : memberPage(c, id, null, model);
    }

    @GetMapping("/{id}/members/{memberId}")
    String editMember(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        UUID c = coordinator();
        model.addAttribute("memberForm", MemberForm.from(fora.member(c, id, memberId)));
        return memberPage(c, id, memberId, model);
    }

    @PostMapping("/{id}/members/{memberId}")
    String updateMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        fora.member(c, id, memberId);
        return Forms.saved(result, redirect, () -> fora.updateMember(c, id, memberId, form.toCommand()))
                ? "redirect:/knowledge/fora/" + id + "#members"
                : memberPage(c, id, memberId, model);
    }

    private String memberPage(UUID c, UUID id, @Nullable UUID memberId, Model model) {
        model.addAttribute("forum", fora.forum(c, id));
        model.addAttribute("memberId", memberId);
        model.addAttribute("organisations", fora.organisations(c));
        return "knowledge/forum/member";
    }
}
