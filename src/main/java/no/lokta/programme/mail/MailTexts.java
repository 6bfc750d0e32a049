package no.lokta.programme.mail;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.SessionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Plain-text mail bodies of the programme, put together from the message bundle. */
@Component
class MailTexts {

    /** Accounts record no language yet: mails are in bokmål, with English in the bundle for when they do. */
    static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final MessageSource messages;

    MailTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** When a session is, in the reader's words: "10.03.2027 kl. 09:00". */
    String when(LocalDateTime at, Locale locale) {
        return at.format(DateTimeFormatter.ofPattern(text("mail.dateTime.pattern", locale), locale));
    }

    /** A mail to one person: greeting, what happened, the activity's times and places, links, signature. */
    String body(
            Locale locale,
            String name,
            String what,
            @Nullable ActivitySummary activity,
            @Nullable URI activityAddress,
            boolean calendarAttached,
            @Nullable URI cancelLink,
            String sender) {
        List<String> parts = new ArrayList<>();
        parts.add(text("mail.greeting", locale, name));
        parts.add(what);
        if (activity != null && !activity.sessions().isEmpty()) {
            parts.add(text("mail.sessions", locale) + "\n" + sessions(activity, locale));
        }
        if (activityAddress != null) {
            parts.add(text("mail.activityLink", locale, activityAddress.toString()));
        }
        if (calendarAttached) {
            parts.add(text("mail.calendarAttached", locale));
        }
        if (cancelLink != null) {
            parts.add(text("mail.cancelLink", locale, cancelLink.toString()));
        }
        parts.add(text("mail.signature", locale, sender));
        return String.join("\n\n", parts) + "\n";
    }

    private String sessions(ActivitySummary activity, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (SessionSummary s : activity.sessions()) {
            String end = s.endsAt().toLocalDate().equals(s.startsAt().toLocalDate())
                    ? s.endsAt().format(DateTimeFormatter.ofPattern("HH:mm"))
                    : when(s.endsAt(), locale);
            List<String> where = new ArrayList<>();
            if (!s.place().isBlank()) {
                where.add(s.place());
            }
            if (!s.videoLink().isBlank()) {
                where.add(text("mail.session.video", locale, s.videoLink()));
            }
            lines.add("- " + when(s.startsAt(), locale) + "–" + end
                    + (where.isEmpty() ? "" : ", " + String.join(", ", where)));
        }
        return String.join("\n", lines);
    }
}
