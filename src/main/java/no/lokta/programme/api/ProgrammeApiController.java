package no.lokta.programme.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeEditor;
import no.lokta.programme.ProgrammeEditors;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationNotFound;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.SessionSummary;
import no.lokta.programme.SiteCommand;
import no.lokta.programme.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme of a collaboration as JSON. Anyone with a role there reads the activities that are
 * not drafts; coordinators, and resource-group members for their own networks, read drafts and
 * write. Registrations: editors act on all of an activity's, a kommunekontakt on those of their own
 * organisation. A caller outside the collaboration, or an id from elsewhere, gets 404; a role that
 * may not act, 403.
 */
@RestController
@RequestMapping(path = "/api/v1/collaborations/{id}/activities", produces = "application/json")
@Tag(name = "Programme", description = "Activities, sessions with their sites, and registrations")
@SecurityRequirement(name = "bearer")
class ProgrammeApiController {

    record SiteBody(
            @Nullable String place,
            @Nullable String facilitatorName,
            @Nullable String facilitatorEmail) {
        SiteCommand toCommand() {
            return new SiteCommand(text(place), text(facilitatorName), text(facilitatorEmail));
        }
    }

    record RegistrationBody(
            @NotBlank @Nullable String name,
            @NotBlank @Nullable String email,
            @Nullable UUID organisationId,
            @Nullable UUID siteId) {}

    private final ProgrammeManagement programme;
    private final ProgrammeEditors editors;
    private final Tenancy tenancy;

    ProgrammeApiController(ProgrammeManagement programme, ProgrammeEditors editors, Tenancy tenancy) {
        this.programme = programme;
        this.editors = editors;
        this.tenancy = tenancy;
    }

    // --- activities

    @GetMapping
    @Operation(summary = "The collaboration's activities, drafts only for those who may edit them")
    List<ActivitySummary> list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable ActivityKind kind,
            @RequestParam(required = false) @Nullable Audience audience,
            @RequestParam(required = false) @Nullable UUID networkId,
            @RequestParam(required = false) @Nullable ActivityStatus status) {
        Optional<ProgrammeEditor> editor = editor(tenancy.require(id));
        return programme.activities(id).stream()
                .filter(a -> visible(a, editor))
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> audience == null || a.audience() == audience)
                .filter(a -> networkId == null || networkId.equals(a.networkId()))
                .filter(a -> status == null || a.status() == status)
                .toList();
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ActivitySummary create(@PathVariable UUID id, @Valid @RequestBody ActivityBody body) {
        ProgrammeEditor editor = requireEditor(id);
        if (!editor.mayEdit(body.networkId())) {
            throw new AccessDeniedException("not this network's resource group");
        }
        return programme.createActivity(id, body.toCommand());
    }

    @GetMapping("/{activityId}")
    ActivitySummary show(@PathVariable UUID id, @PathVariable UUID activityId) {
        Optional<ProgrammeEditor> editor = editor(tenancy.require(id));
        ActivitySummary activity = programme.activity(id, activityId);
        if (!visible(activity, editor)) {
            throw new ActivityNotFound();
        }
        return activity;
    }

    @PutMapping(path = "/{activityId}", consumes = "application/json")
    ActivitySummary update(
            @PathVariable UUID id, @PathVariable UUID activityId, @Valid @RequestBody ActivityBody body) {
        ProgrammeEditor editor = requireEditor(id);
        editor.check(programme.activity(id, activityId));
        if (!editor.mayEdit(body.networkId())) {
            throw new AccessDeniedException("not this network's resource group");
        }
        return programme.updateActivity(id, activityId, body.toCommand());
    }

    // --- sessions and sites

    @GetMapping("/{activityId}/sessions")
    @Operation(summary = "The activity's sessions, each with the sites where it gathers at once")
    List<SessionSummary> sessions(@PathVariable UUID id, @PathVariable UUID activityId) {
        return show(id, activityId).sessions();
    }

    @PostMapping(path = "/{activityId}/sessions/{sessionId}/sites", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    SiteSummary addSite(
            @PathVariable UUID id,
            @PathVariable UUID activityId,
            @PathVariable UUID sessionId,
            @Valid @RequestBody SiteBody body) {
        ProgrammeEditor editor = requireEditor(id);
        editor.check(programme.activity(id, activityId));
        return programme.addSite(id, activityId, sessionId, body.toCommand());
    }

    @DeleteMapping("/{activityId}/sessions/{sessionId}/sites/{siteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSite(
            @PathVariable UUID id,
            @PathVariable UUID activityId,
            @PathVariable UUID sessionId,
            @PathVariable UUID siteId) {
        ProgrammeEditor editor = requireEditor(id);
        ActivitySummary activity = editor.check(programme.activity(id, activityId));
        boolean ofSession = activity.sites().stream()
                .anyMatch(s -> s.id().equals(siteId) && s.sessionId().equals(sessionId));
        if (!ofSession) {
            throw new ActivityNotFound();
        }
        programme.removeSite(id, activityId, siteId);
    }

    // --- registrations

    @GetMapping("/{activityId}/registrations")
    @Operation(summary = "The activity's registrations in arrival order; a kommunekontakt sees their organisation's")
    List<RegistrationSummary> registrations(@PathVariable UUID id, @PathVariable UUID activityId) {
        Actor actor = actor(id, activityId);
        return programme.registrations(id, activityId).stream()
                .filter(actor::mayActOn)
                .toList();
    }

    @PostMapping(path = "/{activityId}/registrations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a person: a seat, awaiting approval, or the waitlist")
    RegistrationSummary register(
            @PathVariable UUID id, @PathVariable UUID activityId, @Valid @RequestBody RegistrationBody body) {
        Actor actor = actor(id, activityId);
        UUID organisationId = body.organisationId();
        if (actor.organisationId() != null) {
            if (organisationId != null && !organisationId.equals(actor.organisationId())) {
                throw new AccessDeniedException("another organisation's staff");
            }
            organisationId = actor.organisationId();
        }
        return programme.register(new RegistrationCommand(
                activityId, null, text(body.name()), text(body.email()), organisationId, body.siteId()));
    }

    @PostMapping("/{activityId}/registrations/{registrationId}/cancel")
    RegistrationSummary cancel(
            @PathVariable UUID id, @PathVariable UUID activityId, @PathVariable UUID registrationId) {
        registration(actor(id, activityId), id, activityId, registrationId);
        return programme.cancel(id, registrationId);
    }

    @PostMapping("/{activityId}/registrations/{registrationId}/approve")
    RegistrationSummary approve(
            @PathVariable UUID id, @PathVariable UUID activityId, @PathVariable UUID registrationId) {
        Actor actor = actor(id, activityId);
        registration(actor, id, activityId, registrationId);
        return programme.decide(id, actor.organisationId(), registrationId, true);
    }

    @PostMapping("/{activityId}/registrations/{registrationId}/decline")
    RegistrationSummary decline(
            @PathVariable UUID id, @PathVariable UUID activityId, @PathVariable UUID registrationId) {
        Actor actor = actor(id, activityId);
        registration(actor, id, activityId, registrationId);
        return programme.decide(id, actor.organisationId(), registrationId, false);
    }

    // --- who may do what

    /** Acts on registrations: an editor on all (organisation null), a kommunekontakt on their organisation's. */
    private record Actor(@Nullable UUID organisationId) {
        boolean mayActOn(RegistrationSummary r) {
            return organisationId == null || organisationId.equals(r.organisationId());
        }
    }

    private Actor actor(UUID collaborationId, UUID activityId) {
        CollaborationAccess access = tenancy.require(collaborationId);
        Optional<ProgrammeEditor> editor = editor(access);
        ActivitySummary activity = programme.activity(collaborationId, activityId);
        if (editor.isPresent() && editor.get().mayEdit(activity.networkId())) {
            return new Actor(null);
        }
        if (!visible(activity, editor)) {
            throw new ActivityNotFound();
        }
        if (access.has(Role.MUNICIPALITY_CONTACT) && access.organisationId() != null) {
            return new Actor(access.organisationId());
        }
        throw new AccessDeniedException("neither editor nor kommunekontakt");
    }

    private RegistrationSummary registration(Actor actor, UUID collaborationId, UUID activityId, UUID registrationId) {
        return programme.registrations(collaborationId, activityId).stream()
                .filter(r -> r.id().equals(registrationId))
                .filter(actor::mayActOn)
                .findFirst()
                .orElseThrow(RegistrationNotFound::new);
    }

    private Optional<ProgrammeEditor> editor(CollaborationAccess access) {
        return editors.editor(access, tenancy.requireUser().accountId());
    }

    private ProgrammeEditor requireEditor(UUID collaborationId) {
        CollaborationAccess access = tenancy.require(collaborationId);
        return editor(access).orElseThrow(() -> new AccessDeniedException("not an editor of the programme"));
    }

    private static boolean visible(ActivitySummary activity, Optional<ProgrammeEditor> editor) {
        return activity.status() != ActivityStatus.DRAFT
                || editor.map(e -> e.mayEdit(activity.networkId())).orElse(false);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
