package no.lokta.knowledge.news;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The confirmation of a subscription and the newsletter, queued in the caller's transaction; in Norwegian. */
@Component
class NewsMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    NewsMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void confirmation(UUID collaborationId, String collaborationName, String to, String token) {
        String subject = messages.getMessage("news.mail.confirm.subject", new Object[] {collaborationName}, NORWEGIAN);
        String body = messages.getMessage(
                "news.mail.confirm.body",
                new Object[] {collaborationName, baseUrl + "/knowledge/news/subscribe/" + token},
                NORWEGIAN);
        outbox.queue(collaborationId, to, subject, body);
    }

    void newsletter(
            UUID collaborationId,
            String collaborationName,
            String to,
            List<NewsSummary> items,
            String unsubscribeToken) {
        String subject =
                messages.getMessage("news.mail.newsletter.subject", new Object[] {collaborationName}, NORWEGIAN);
        StringBuilder body = new StringBuilder();
        body.append(messages.getMessage("news.mail.newsletter.intro", new Object[] {collaborationName}, NORWEGIAN))
                .append("\n\n");
        for (NewsSummary item : items) {
            body.append(item.title()).append('\n');
            java.time.OffsetDateTime published = item.publishedAt();
            if (published != null) {
                body.append(DATE.format(published.atZoneSameInstant(NewsManagement.ZONE)))
                        .append('\n');
            }
            String lead = item.lead();
            if (!lead.isEmpty()) {
                body.append(lead).append('\n');
            }
            body.append(baseUrl).append("/knowledge/news/").append(item.id()).append("\n\n");
        }
        body.append(messages.getMessage(
                "news.mail.newsletter.unsubscribe",
                new Object[] {baseUrl + "/knowledge/news/unsubscribe/" + unsubscribeToken},
                NORWEGIAN));
        outbox.queue(collaborationId, to, subject, body.toString());
    }
}
