package no.lokta.knowledge.forum;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.mail.MailAttachment;
import no.lokta.platform.mail.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The agenda (with a calendar file) and the minutes (with the decisions), to the members, in Norwegian. */
@Component
class ForumMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final MeetingIcs ics;

    ForumMails(MailOutbox outbox, MessageSource messages, MeetingIcs ics) {
        this.outbox = outbox;
        this.messages = messages;
        this.ics = ics;
    }

    /** Queues the agenda to each address; returns how many. */
    int agenda(UUID collaborationId, MeetingSummary m, List<String> recipients) {
        String subject = text("forum.mail.agenda.subject", m.forumName(), m.title(), WHEN.format(m.startsAt()));
        String body = text(
                "forum.mail.agenda.body",
                m.forumName(),
                m.title(),
                WHEN.format(m.startsAt()),
                m.place().isBlank() ? "-" : m.place(),
                m.agenda().isBlank() ? "-" : m.agenda(),
                ics.address(m).toString());
        MailAttachment calendar = new MailAttachment("møte.ics", MeetingIcs.CONTENT_TYPE, ics.bytes(m));
        recipients.forEach(to -> outbox.queue(collaborationId, to, subject, body, calendar));
        return recipients.size();
    }

    /** Queues the minutes with the decisions to each address; returns how many. */
    int minutes(UUID collaborationId, MeetingSummary m, List<DecisionSummary> decisions, List<String> recipients) {
        StringBuilder list = new StringBuilder();
        for (DecisionSummary d : decisions) {
            list.append(text(
                            "forum.mail.decision",
                            d.label(),
                            d.text(),
                            d.responsible().isBlank() ? "-" : d.responsible()))
                    .append('\n');
        }
        String subject = text("forum.mail.minutes.subject", m.forumName(), m.title());
        String body = text(
                "forum.mail.minutes.body",
                m.forumName(),
                m.title(),
                WHEN.format(m.startsAt()),
                m.minutes().isBlank() ? "-" : m.minutes(),
                list.isEmpty() ? "-" : list.toString().strip(),
                ics.address(m).toString());
        recipients.forEach(to -> outbox.queue(collaborationId, to, subject, body));
        return recipients.size();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
