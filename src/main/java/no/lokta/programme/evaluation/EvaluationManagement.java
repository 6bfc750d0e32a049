package no.lokta.programme.evaluation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCompleted;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing an activity and its evaluation. The invitations are queued as mail in the same
 * transaction as the completion, so either both happen or neither. An answer holds no name.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProgrammeManagement programme;
    private final Evaluations evaluations;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    EvaluationManagement(
            ProgrammeManagement programme,
            Evaluations evaluations,
            MailOutbox mail,
            MessageSource messages,
            AuditLog audit,
            ApplicationEventPublisher events,
            @Value("${lokta.base-url}") String baseUrl) {
        this.programme = programme;
        this.evaluations = evaluations;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Marks a published activity completed and invites everyone who attended a session to the
     * evaluation. Completing it again only invites those recorded present since.
     *
     * @return how many were invited now
     */
    @Transactional
    public int complete(UUID collaborationId, UUID activityId) {
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
            events.publishEvent(new ActivityCompleted(collaborationId, activityId, before.title()));
        }
        LocalDateTime now = programme.now();
        int invited = 0;
        for (Evaluations.Attendee attendee : evaluations.attendees(activityId)) {
            if (attendee.invited()) {
                continue;
            }
            String secret = Secrets.newSecret();
            evaluations.invite(attendee.registrationId(), activityId, Secrets.sha256(secret), now);
            String link = baseUrl + "/programme/evaluations/" + secret;
            String date = before.startsAt() == null ? "" : DATE.format(before.startsAt());
            mail.queue(
                    collaborationId,
                    attendee.email(),
                    text("evaluation.mail.subject", before.title()),
                    text("evaluation.mail.body", before.title(), date, link));
            invited++;
        }
        return invited;
    }

    /** The evaluation behind a secret link. */
    public Invitation invitation(String secret) {
        Evaluations.Link link = link(secret, false);
        return new Invitation(programme.publicActivity(link.activityId()), link.answered());
    }

    /** Saves the answer once; a second answer through the same link is refused. */
    @Transactional
    public void answer(String secret, EvaluationAnswer answer) {
        Evaluations.Link link = link(secret, true);
        if (link.answered()) {
            throw new InvalidInput("overall", "evaluation.alreadyAnswered");
        }
        evaluations.answer(link.registrationId(), answer, programme.now());
    }

    public EvaluationResults results(UUID collaborationId, UUID activityId) {
        ActivitySummary activity = programme.activity(collaborationId, activityId);
        int[] overall = evaluations.counts(activityId, "overall");
        int[] usefulness = evaluations.counts(activityId, "usefulness");
        int answered = 0;
        for (int n : overall) {
            answered += n;
        }
        return new EvaluationResults(
                activity,
                evaluations.invited(activityId),
                answered,
                overall,
                usefulness,
                evaluations.comments(activityId));
    }

    private Evaluations.Link link(String secret, boolean lock) {
        if (!Secrets.plausible(secret)) {
            throw new EvaluationNotFound();
        }
        return evaluations.link(Secrets.sha256(secret), lock).orElseThrow(EvaluationNotFound::new);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
