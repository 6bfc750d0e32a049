package no.lokta.needs.order;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of an order, queued in the caller's transaction: to the provider's people when it is
 * sent and decided, to the coordinators when an offer arrives. Written in Norwegian.
 */
@Component
class OrderMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    OrderMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Tells the recipients that the order reached this status. */
    void stepped(UUID collaborationId, Collection<String> recipients, OrderSummary o) {
        String status = o.status().name();
        String subject = text("order.mail.subject." + status, o.title());
        String body = text(
                "order.mail.body." + status,
                o.title(),
                o.providerName(),
                DATE.format(o.periodFrom()),
                DATE.format(o.periodTo()),
                o.place(),
                baseUrl + "/needs/orders/" + o.id());
        recipients.stream().distinct().forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
