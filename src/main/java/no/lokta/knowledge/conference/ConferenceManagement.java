package no.lokta.knowledge.conference;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.audit.AuditLog;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue conferences of a collaboration (its programme activities of that kind) and their
 * outcomes. An activity of another kind or collaboration is not a conference here.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceManagement {

    private final ProgrammeManagement programme;
    private final Outcomes outcomes;
    private final AuditLog audit;

    ConferenceManagement(ProgrammeManagement programme, Outcomes outcomes, AuditLog audit) {
        this.programme = programme;
        this.outcomes = outcomes;
        this.audit = audit;
    }

    /** Newest first, each with its outcomes; two statements for all of them. */
    public List<ConferenceSummary> conferences(UUID collaborationId) {
        List<OutcomeSummary> all = outcomes.ofCollaboration(collaborationId);
        return programme.activities(collaborationId).stream()
                .filter(a -> a.kind() == ActivityKind.DIALOGUE_CONFERENCE)
                .map(a -> new ConferenceSummary(
                        a.id(),
                        a.title(),
                        a.startsAt(),
                        a.status().name(),
                        all.stream().filter(o -> o.activityId().equals(a.id())).toList()))
                .sorted(Comparator.comparing((ConferenceSummary c) ->
                                c.startsAt() == null ? java.time.LocalDateTime.MIN : c.startsAt())
                        .reversed())
                .toList();
    }

    public ConferenceSummary conference(UUID collaborationId, UUID activityId) {
        return conferences(collaborationId).stream()
                .filter(c -> c.activityId().equals(activityId))
                .findFirst()
                .orElseThrow(ConferenceNotFound::new);
    }

    public OutcomeSummary outcome(UUID collaborationId, UUID activityId, UUID id) {
        return conference(collaborationId, activityId).outcomes().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(ConferenceNotFound::new);
    }

    @Transactional
    public OutcomeSummary addOutcome(UUID collaborationId, UUID activityId, OutcomeCommand c) {
        conference(collaborationId, activityId);
        UUID id = UUID.randomUUID();
        outcomes.insert(id, collaborationId, activityId, c);
        OutcomeSummary created = outcome(collaborationId, activityId, id);
        audit.created(collaborationId, "conferenceOutcome", id, created.text(), created);
        return created;
    }

    @Transactional
    public OutcomeSummary updateOutcome(UUID collaborationId, UUID activityId, UUID id, OutcomeCommand c) {
        OutcomeSummary before = outcome(collaborationId, activityId, id);
        outcomes.update(collaborationId, activityId, id, c);
        OutcomeSummary after = outcome(collaborationId, activityId, id);
        audit.updated(collaborationId, "conferenceOutcome", id, after.text(), before, after);
        return after;
    }
}
