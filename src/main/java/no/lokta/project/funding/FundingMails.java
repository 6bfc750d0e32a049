package no.lokta.project.funding;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reminders of reporting duties, to the collaboration's coordinators, queued in the caller's transaction. */
@Component
class FundingMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final PeopleManagement people;
    private final MessageSource messages;
    private final String baseUrl;

    FundingMails(
            MailOutbox outbox,
            PeopleManagement people,
            MessageSource messages,
            @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void reminder(UUID collaborationId, ReportingDutySummary duty) {
        String subject = messages.getMessage(
                "duty.mail.subject", new Object[] {duty.what(), DATE.format(duty.dueOn())}, NORWEGIAN);
        String body = messages.getMessage(
                "duty.mail.body",
                new Object[] {
                    duty.what(),
                    duty.projectName(),
                    duty.recipient().isEmpty() ? "-" : duty.recipient(),
                    DATE.format(duty.dueOn()),
                    baseUrl + "/projects/" + duty.projectId() + "/funding"
                },
                NORWEGIAN);
        people.peopleIn(collaborationId).stream()
                .filter(p -> p.roles().contains(Role.COORDINATOR))
                .map(p -> p.email())
                .distinct()
                .forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }
}
