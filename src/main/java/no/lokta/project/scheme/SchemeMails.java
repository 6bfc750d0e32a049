package no.lokta.project.scheme;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The news mail of a published grant scheme, queued in the caller's transaction. Written in Norwegian. */
@Component
class SchemeMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    SchemeMails(MailOutbox outbox, MessageSource messages, @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void published(UUID collaborationId, Collection<String> recipients, GrantSchemeSummary s) {
        String subject = text("scheme.mail.subject", s.name());
        String body = text(
                "scheme.mail.body",
                s.name(),
                s.funder().isEmpty() ? text(s.funderKind().messageKey()) : s.funder(),
                DATE.format(s.deadline()),
                s.whoCanApply().isEmpty() ? "-" : s.whoCanApply(),
                s.link().isEmpty() ? "-" : s.link(),
                s.description(),
                baseUrl + "/projects/schemes/" + s.id());
        recipients.forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
