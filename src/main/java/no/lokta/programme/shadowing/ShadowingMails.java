package no.lokta.programme.shadowing;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of job shadowing, queued in the caller's transaction: to the leaders when their
 * approval is needed, and to the applicant on each decision. Written in Norwegian, the language
 * of the collaborations.
 */
@Component
class ShadowingMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    ShadowingMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Asks each leader of one side to approve or decline. */
    void approvalNeeded(UUID collaborationId, Collection<String> leaders, ApplicationSummary a, Side side) {
        String subject = text("placement.mail.approval.subject", a.name(), a.placementUnit());
        String body = text(
                "placement.mail.approval.body." + side.name(),
                a.name(),
                a.organisationName(),
                a.placementUnit(),
                a.hostOrganisationName(),
                DATE.format(a.preferredFrom()),
                DATE.format(a.preferredTo()),
                a.motivation(),
                baseUrl + "/programme/shadowing/approvals");
        leaders.stream().distinct().forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }

    /** Tells the applicant what a leader decided. */
    void decided(UUID collaborationId, ApplicationSummary a) {
        String status = a.status().name();
        String subject = text("placement.mail.decided.subject." + status, a.placementUnit());
        String body = text(
                "placement.mail.decided.body." + status,
                a.name(),
                a.placementUnit(),
                a.hostOrganisationName(),
                DATE.format(a.preferredFrom()),
                DATE.format(a.preferredTo()),
                a.declineReason(),
                baseUrl + "/programme/shadowing/mine");
        outbox.queue(collaborationId, a.email(), subject, body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
