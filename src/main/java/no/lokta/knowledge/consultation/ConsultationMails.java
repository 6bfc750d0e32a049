package no.lokta.knowledge.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mail that a consultation is open for input, queued in the caller's transaction. Written in Norwegian. */
@Component
class ConsultationMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    ConsultationMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void opened(UUID collaborationId, Collection<String> recipients, ConsultationSummary c) {
        String subject = messages.getMessage("consultation.mail.subject", new Object[] {c.title()}, NORWEGIAN);
        String body = messages.getMessage(
                "consultation.mail.body",
                new Object[] {
                    c.title(),
                    c.authority(),
                    DATE.format(c.inputDeadline()),
                    DATE.format(c.authorityDeadline()),
                    c.description().isEmpty() ? "-" : c.description(),
                    baseUrl + "/knowledge/consultations/" + c.id()
                },
                NORWEGIAN);
        recipients.forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }
}
