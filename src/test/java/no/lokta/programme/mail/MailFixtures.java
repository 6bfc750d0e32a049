package no.lokta.programme.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.Audience;
import no.lokta.programme.SessionCommand;
import org.jspecify.annotations.Nullable;

/** Activities and mail reading shared by the programme's mail tests. */
final class MailFixtures {

    static final LocalDateTime START = LocalDateTime.of(2030, 1, 10, 9, 0);
    static final Pattern CANCEL_LINK =
            Pattern.compile("https?://\\S+(/programme/registrations/[0-9a-f-]+/cancel\\?token=[A-Za-z0-9_-]+)");

    private MailFixtures() {}

    static ActivityCommand activity(
            String title,
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDate releaseOn,
            boolean approval,
            @Nullable Integer remindDaysBefore,
            ActivityStatus status) {
        return new ActivityCommand(
                null,
                ActivityKind.COURSE,
                title,
                "Grunnkurs, med øvelser",
                Audience.EMPLOYEES,
                List.of(new SessionCommand(START, START.plusHours(6), "Bardu kulturhus", "")),
                capacity,
                quotas,
                releaseOn,
                null,
                null,
                approval,
                BigDecimal.ONE,
                "",
                status,
                remindDaysBefore);
    }

    /** A mail as read: subject, text and the calendar attachment if any. */
    record Mail(
            String subject,
            String text,
            @Nullable String calendarType,
            @Nullable Calendar calendar) {}

    static Mail awaitMail(GreenMailExtension greenMail, String recipient, String subjectStart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (isTo(m, recipient) && m.getSubject().startsWith(subjectStart)) {
                    return read(m);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "no mail to " + recipient + " starting " + subjectStart + "; got " + subjects(greenMail, recipient));
    }

    static List<String> subjects(GreenMailExtension greenMail, String recipient) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (isTo(m, recipient)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    static String cancelLink(String text) {
        Matcher m = CANCEL_LINK.matcher(text);
        assertThat(m.find()).as("a cancellation link in: " + text).isTrue();
        return m.group(1);
    }

    private static Mail read(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String text) {
            return new Mail(m.getSubject(), text, null, null);
        }
        String text = "";
        String type = null;
        Calendar calendar = null;
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) content, parts);
        for (BodyPart part : parts) {
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/calendar")) {
                type = part.getContentType();
                try (InputStream in = part.getInputStream()) {
                    calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return new Mail(m.getSubject(), text, type, calendar);
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, parts);
            } else {
                parts.add(part);
            }
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Optional.ofNullable(message.getRecipients(Message.RecipientType.TO)).stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
