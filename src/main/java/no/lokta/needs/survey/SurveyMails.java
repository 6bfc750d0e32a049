package no.lokta.needs.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The invitation with a personal link, queued in the caller's transaction; in Norwegian. */
@Component
class SurveyMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    SurveyMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void invitation(UUID collaborationId, String to, SurveySummary survey, String token, LocalDate expiresOn) {
        String subject = messages.getMessage("survey.mail.subject", new Object[] {survey.title()}, NORWEGIAN);
        String body = messages.getMessage(
                "survey.mail.body",
                new Object[] {survey.title(), baseUrl + "/needs/respond/" + token, DATE.format(expiresOn)},
                NORWEGIAN);
        outbox.queue(collaborationId, to, subject, body);
    }

    /** The evaluation of an activity the person attended. */
    void evaluation(
            UUID collaborationId,
            String to,
            SurveySummary survey,
            String activityTitle,
            String token,
            LocalDate expiresOn) {
        String subject = messages.getMessage("survey.mail.evaluation.subject", new Object[] {activityTitle}, NORWEGIAN);
        String body = messages.getMessage(
                "survey.mail.evaluation.body",
                new Object[] {activityTitle, baseUrl + "/needs/respond/" + token, DATE.format(expiresOn)},
                NORWEGIAN);
        outbox.queue(collaborationId, to, subject, body);
    }

    /** A reminder with a fresh link; it says so if answers were saved already. */
    void reminder(
            UUID collaborationId, String to, SurveySummary survey, String token, LocalDate expiresOn, boolean started) {
        String subject = messages.getMessage("survey.mail.reminder.subject", new Object[] {survey.title()}, NORWEGIAN);
        String body = messages.getMessage(
                started ? "survey.mail.reminder.started" : "survey.mail.reminder.body",
                new Object[] {survey.title(), baseUrl + "/needs/respond/" + token, DATE.format(expiresOn)},
                NORWEGIAN);
        outbox.queue(collaborationId, to, subject, body);
    }
}
