package no.lokta.knowledge.discussion;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The daily digest of new replies to a follower, in Norwegian. */
@Component
class DiscussionMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    DiscussionMails(
            MailOutbox outbox,
            MessageSource messages,
            @Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Queues one mail with the replies, grouped by thread. */
    void digest(UUID collaborationId, String to, List<Discussions.DigestLine> lines, Map<UUID, String> networkNames) {
        Map<UUID, List<Discussions.DigestLine>> byThread = new LinkedHashMap<>();
        lines.forEach(l -> byThread.computeIfAbsent(l.threadId(), k -> new java.util.ArrayList<>())
                .add(l));
        StringBuilder body = new StringBuilder();
        for (List<Discussions.DigestLine> thread : byThread.values()) {
            Discussions.DigestLine first = thread.getFirst();
            body.append(text(
                            "discussion.mail.thread",
                            first.title(),
                            networkNames.getOrDefault(first.networkId(), ""),
                            baseUrl + "/knowledge/networks/" + first.networkId() + "/discussion/threads/"
                                    + first.threadId()))
                    .append("\n\n");
            for (Discussions.DigestLine l : thread) {
                body.append(text("discussion.mail.reply", l.authorName(), WHEN.format(l.createdAt()), l.text()))
                        .append("\n\n");
            }
        }
        String subject = text("discussion.mail.subject", lines.size());
        outbox.queue(
                collaborationId,
                to,
                subject,
                text("discussion.mail.body", body.toString().strip()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
