package no.lokta.programme.evaluation;

import java.util.Map;
import java.util.UUID;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCompleted;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing an activity. The evaluation itself runs on the survey engine of the needs module,
 * which hears {@link ActivityCompleted} once this transaction has committed (the event publication
 * registry keeps the event until it has been handled, so no evaluation is lost).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    private final ProgrammeManagement programme;
    private final Evaluations evaluations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EvaluationManagement(
            ProgrammeManagement programme, Evaluations evaluations, AuditLog audit, ApplicationEventPublisher events) {
        this.programme = programme;
        this.evaluations = evaluations;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Marks a published activity completed, which sends the evaluation to everyone who attended a
     * session. Completing it again sends it to those recorded present since.
     */
    @Transactional
    public void complete(UUID collaborationId, UUID activityId) {
        String status = evaluations.lockActivity(collaborationId, activityId).orElseThrow(ActivityNotFound::new);
        ActivitySummary before = programme.activity(collaborationId, activityId);
        if (!status.equals(ActivityStatus.PUBLISHED.name()) && !status.equals(ActivityStatus.COMPLETED.name())) {
            throw new InvalidInput("activity", "evaluation.complete.notPublished");
        }
        if (status.equals(ActivityStatus.PUBLISHED.name())) {
            evaluations.complete(activityId);
            audit.updated(
                    collaborationId,
                    "activity",
                    activityId,
                    before.title(),
                    Map.of("status", status),
                    Map.of("status", ActivityStatus.COMPLETED.name()));
        }
        events.publishEvent(new ActivityCompleted(collaborationId, activityId, before.title()));
    }
}
