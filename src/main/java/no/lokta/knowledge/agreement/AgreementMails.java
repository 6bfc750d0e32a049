package no.lokta.knowledge.agreement;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reminders of revisions due, to the collaboration's coordinators, queued in the caller's transaction. */
@Component
class AgreementMails {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final PeopleManagement people;
    private final MessageSource messages;
    private final String baseUrl;

    AgreementMails(
            MailOutbox outbox,
            PeopleManagement people,
            MessageSource messages,
            @Value("${lokta.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void revisionDue(UUID collaborationId, AgreementSummary agreement, SubAgreementSummary part, VersionSummary v) {
        String topic = part.topic().point() + ". " + part.topic().nameNb();
        String subject = messages.getMessage(
                "agreement.mail.subject",
                new Object[] {agreement.title(), part.topic().point(), DATE.format(v.revisionDue())},
                NORWEGIAN);
        String body = messages.getMessage(
                "agreement.mail.body",
                new Object[] {
                    agreement.title(),
                    topic,
                    v.versionNumber(),
                    DATE.format(v.revisionDue()),
                    agreement.hospitalTrust().name(),
                    String.join(
                            ", ",
                            agreement.municipalities().stream()
                                    .map(AgreementParty::name)
                                    .toList()),
                    baseUrl + "/knowledge/agreements/" + agreement.id()
                },
                NORWEGIAN);
        people.peopleIn(collaborationId).stream()
                .filter(p -> p.roles().contains(Role.COORDINATOR))
                .map(p -> p.email())
                .distinct()
                .forEach(to -> outbox.queue(collaborationId, to, subject, body));
    }
}
