package no.lokta.knowledge.forum.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.forum.DecisionSummary;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.knowledge.forum.ForumSummary;
import no.lokta.knowledge.forum.MeetingSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fora as JSON, in the collaboration named by {@code collaboration} (else the caller's current
 * one), for its members and partners: the composition today, the meetings and the decisions with
 * their follow-up. Members' addresses are not given out. Another collaboration's forum is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/fora", produces = "application/json")
@Tag(name = "Fora", description = "Fora, their composition, meetings and decisions")
@SecurityRequirement(name = "bearer")
class ForumApiController {

    /** A meeting without its attendance. */
    record Meeting(
            UUID id,
            String title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String agenda,
            String minutes) {

        static Meeting of(MeetingSummary m) {
            return new Meeting(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.agenda(), m.minutes());
        }
    }

    /** A decision with its follow-up. */
    record Decision(
            UUID id,
            UUID meetingId,
            String label,
            String text,
            String followUp,
            String responsible,
            @Nullable LocalDate dueOn,
            String status) {

        static Decision of(DecisionSummary d) {
            return new Decision(
                    d.id(),
                    d.meetingId(),
                    d.label(),
                    d.text(),
                    d.followUp(),
                    d.responsible(),
                    d.dueOn(),
                    d.status().name());
        }
    }

    private final ForumManagement fora;
    private final Tenancy tenancy;

    ForumApiController(ForumManagement fora, Tenancy tenancy) {
        this.fora = fora;
        this.tenancy = tenancy;
    }

    private UUID collaboration(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER};
        CollaborationAccess access =
                collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
        return access.collaborationId();
    }

    @GetMapping
    @Operation(summary = "The fora with their seats, filled and vacant per group today")
    List<ForumSummary> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        return fora.fora(collaboration(collaboration));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One forum with its composition on a day (today if left out)")
    ForumSummary show(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID collaboration,
            @RequestParam(required = false) @Nullable LocalDate on) {
        UUID c = collaboration(collaboration);
        return fora.forum(c, id, on == null ? fora.today() : on);
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "The forum's meetings, latest first, with agenda and minutes")
    List<Meeting> meetings(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID collaboration) {
        return fora.meetings(collaboration(collaboration), id).stream()
                .map(Meeting::of)
                .toList();
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "The forum's decisions, newest first, with follow-up and status")
    List<Decision> decisions(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID collaboration) {
        return fora.decisionsOf(collaboration(collaboration), id).stream()
                .map(Decision::of)
                .toList();
    }
}
