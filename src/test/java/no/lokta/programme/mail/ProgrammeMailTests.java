package no.lokta.programme.mail;

import static java.util.Objects.requireNonNull;
import static no.lokta.programme.mail.MailFixtures.activity;
import static no.lokta.programme.mail.MailFixtures.awaitMail;
import static no.lokta.programme.mail.MailFixtures.cancelLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.TestWorld.World;
import no.lokta.platform.security.LoktaUser;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationConfirmed;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.mail.MailFixtures.Mail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The programme's mails end to end: event, listener, outbox, SMTP (GreenMail), and the links in them. */
@LoktaTest
class ProgrammeMailTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    TestWorld worlds;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private ActivitySummary published(World world, ActivityCommand command) {
        return programme.createActivity(world.id(), command);
    }

    private RegistrationSummary register(ActivitySummary activity, String email, @Nullable UUID organisationId) {
        return programme.register(new RegistrationCommand(activity.id(), null, "Kari Nordmann", email, organisationId));
    }

    @Test
    void theConfirmationCarriesACalendarFileAndTheCancellationLink() throws Exception {
        World world = worlds.create();
        ActivitySummary activity = published(
                world,
                activity("Kurs i sårbehandling, del 1", 5, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        String email = unique("bekreftet");

        RegistrationSummary registration = register(activity, email, null);

        Mail mail = awaitMail(greenMail, email, "Du er påmeldt: Kurs i sårbehandling, del 1");
        assertThat(mail.text())
                .contains("Hei, Kari Nordmann!", "10.01.2030 kl. 09:00–15:00, Bardu kulturhus")
                .contains("/programme/activities/" + activity.id())
                .contains(world.collaboration().name());
        assertThat(cancelLink(mail.text())).contains(registration.id().toString());
        assertThat(mail.calendarType()).startsWith("text/calendar");
        VEvent event =
                requireNonNull(mail.calendar()).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getProperty("UID").map(Property::getValue))
                .contains(activity.sessions().getFirst().id() + "@lokta.no");
        assertThat(event.getProperty("SUMMARY").map(Property::getValue)).contains("Kurs i sårbehandling, del 1");
        assertThat(event.getProperty("LOCATION").map(Property::getValue)).contains("Bardu kulturhus");
    }

    @Test
    void aCancellationByLinkFreesTheSeatForTheFirstWaiting() throws Exception {
        World world = worlds.create();
        ActivitySummary activity =
                published(world, activity("Fagdag", 1, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        String first = unique("forste");
        String second = unique("andre");
        RegistrationSummary seat = register(activity, first, null);
        RegistrationSummary waiting = register(activity, second, null);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        Mail waitlisted = awaitMail(greenMail, second, "Du står på venteliste: Fagdag");
        assertThat(waitlisted.text()).contains("nummer 1 på ventelisten");
        assertThat(waitlisted.calendar()).isNull();
        String link =
                cancelLink(awaitMail(greenMail, first, "Du er påmeldt: Fagdag").text());

        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Fagdag", "Meld meg av", first);
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(mvc.post()
                        .uri("/programme/registrations/" + seat.id() + "/cancel")
                        .param("token", token)
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(programme.registration(world.id(), seat.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(programme.registration(world.id(), waiting.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Mail promoted = awaitMail(greenMail, second, "Du har fått plass: Fagdag");
        assertThat(promoted.calendar()).isNotNull();
        assertThat(cancelLink(promoted.text())).contains(waiting.id().toString());
        assertThat(awaitMail(greenMail, first, "Du er meldt av: Fagdag").text()).doesNotContain("/cancel?token=");
        // the link now says it is done, and cancelling twice changes nothing
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("allerede avmeldt");
        assertThat(mvc.post()
                        .uri("/programme/registrations/" + seat.id() + "/cancel")
                        .param("token", token)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(programme.registration(world.id(), waiting.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aWrongOrMissingTokenIsNotFoundAndChangesNothing() throws Exception {
        World world = worlds.create();
        ActivitySummary activity =
                published(world, activity("Kurs", 3, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        RegistrationSummary registration = register(activity, unique("token"), null);
        String path = "/programme/registrations/" + registration.id() + "/cancel";

        assertThat(mvc.get().uri(path)).hasStatus(404);
        assertThat(mvc.get().uri(path + "?token=")).hasStatus(404);
        assertThat(mvc.get().uri(path + "?token=" + "A".repeat(43))).hasStatus(404);
        assertThat(mvc.post().uri(path).param("token", "A".repeat(43)).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri(path).with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri("/programme/registrations/" + UUID.randomUUID() + "/cancel?token=x"))
                .hasStatus(404);

        assertThat(programme.registration(world.id(), registration.id()).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void anotherCollaborationsRegistrationIsNotReachable() throws Exception {
        World ours = worlds.create();
        World theirs = worlds.create();
        ActivitySummary their =
                published(theirs, activity("Deres kurs", 3, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        ActivitySummary our =
                published(ours, activity("Vårt kurs", 3, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        String ourEmail = unique("var");
        RegistrationSummary theirRegistration = register(their, unique("deres"), null);
        register(our, ourEmail, null);
        String ourLink = cancelLink(
                awaitMail(greenMail, ourEmail, "Du er påmeldt: Vårt kurs").text());
        String ourToken = ourLink.substring(ourLink.indexOf("token=") + 6);

        // our token does not open their registration
        assertThat(mvc.get().uri("/programme/registrations/" + theirRegistration.id() + "/cancel?token=" + ourToken))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/programme/registrations/" + theirRegistration.id() + "/cancel")
                        .param("token", ourToken)
                        .with(csrf()))
                .hasStatus(404);
        // a signed-in person of ours has no registration of theirs to cancel
        assertThat(mvc.post()
                        .uri("/programme/activities/" + their.id() + "/registrations/mine/cancel")
                        .with(TestWorld.as(ours.participant()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(programme.registration(theirs.id(), theirRegistration.id()).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aSignedInPersonCancelsTheirOwnRegistrationOnly() throws Exception {
        World world = worlds.create();
        ActivitySummary activity = published(
                world, activity("Nettverkssamling", 3, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        LoktaUser participant = world.participant();
        RegistrationSummary own = programme.register(new RegistrationCommand(
                activity.id(), participant.accountId(), participant.displayName(), participant.email(), null));
        RegistrationSummary other = register(activity, unique("annen"), null);

        assertThat(mvc.get().uri("/programme/activities/" + activity.id()).with(TestWorld.as(participant)))
                .hasStatusOk()
                .bodyText()
                .contains("/registrations/mine/cancel", "Meld av");
        // the coordinator has no registration here: nothing of anyone else's is cancelled
        assertThat(mvc.post()
                        .uri("/programme/activities/" + activity.id() + "/registrations/mine/cancel")
                        .with(TestWorld.as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/programme/activities/" + activity.id() + "/registrations/mine/cancel")
                        .with(TestWorld.as(participant))
                        .with(csrf()))
                .hasRedirectedUrl("/programme/activities/" + activity.id() + "#register");

        assertThat(programme.registration(world.id(), own.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(programme.registration(world.id(), other.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        awaitMail(greenMail, participant.email(), "Du er meldt av: Nettverkssamling");
    }

    @Test
    void approvalGoesToTheParticipantAndTheKommunekontakt() throws Exception {
        World world = worlds.create();
        UUID bardu = world.municipality().id();
        ActivitySummary activity =
                published(world, activity("Lederkurs", 2, Map.of(), null, true, null, ActivityStatus.PUBLISHED));
        String approved = unique("godkjent");
        String declined = unique("avslatt");

        RegistrationSummary first = register(activity, approved, bardu);
        RegistrationSummary second = register(activity, declined, bardu);
        assertThat(first.status()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);

        Mail waiting = awaitMail(greenMail, approved, "Påmeldingen venter på godkjenning: Lederkurs");
        assertThat(waiting.calendar()).isNull();
        assertThat(cancelLink(waiting.text())).contains(first.id().toString());
        Mail toContact = awaitMail(greenMail, world.contact().email(), "Påmelding å godkjenne: Lederkurs");
        assertThat(toContact.text())
                .contains(approved, world.municipality().name())
                .contains("/programme/my-municipality/approvals/" + first.id());
        assertThat(toContact.text()).doesNotContain("/cancel?token=");

        programme.decide(world.id(), bardu, first.id(), true);
        programme.decide(world.id(), bardu, second.id(), false);

        Mail ok = awaitMail(greenMail, approved, "Påmeldingen er godkjent: Lederkurs");
        assertThat(ok.text()).contains("godkjent påmeldingen din");
        assertThat(ok.calendar()).isNotNull();
        assertThat(awaitMail(greenMail, declined, "Påmeldingen ble ikke godkjent: Lederkurs")
                        .text())
                .doesNotContain("/cancel?token=");
        // the plain confirmation is not sent as well
        assertThat(MailFixtures.subjects(greenMail, approved)).noneMatch(s -> s.startsWith("Du er påmeldt"));
    }

    @Test
    void aPromotionIntoApprovalAsksTheKommunekontaktAgain() throws Exception {
        World world = worlds.create();
        UUID bardu = world.municipality().id();
        ActivitySummary activity =
                published(world, activity("Veiledning", 1, Map.of(), null, true, null, ActivityStatus.PUBLISHED));
        RegistrationSummary holder = register(activity, unique("holder"), bardu);
        String next = unique("neste");
        RegistrationSummary waiting = register(activity, next, bardu);

        programme.cancel(world.id(), holder.id());

        assertThat(programme.registration(world.id(), waiting.id()).status())
                .isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
        awaitMail(greenMail, next, "Du har fått plass som venter på godkjenning: Veiledning");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)
                && MailFixtures.subjects(greenMail, world.contact().email()).size() < 2) {
            Thread.sleep(100);
        }
        assertThat(MailFixtures.subjects(greenMail, world.contact().email()))
                .containsExactly("Påmelding å godkjenne: Veiledning", "Påmelding å godkjenne: Veiledning");
        assertThat(MailFixtures.subjects(greenMail, next)).noneMatch(s -> s.startsWith("Påmeldingen venter"));
    }

    @Test
    void aCancelledActivityIsAnnouncedToEveryoneRegistered() throws Exception {
        World world = worlds.create();
        ActivityCommand command =
                activity("Dialogkonferanse", 1, Map.of(), null, false, null, ActivityStatus.PUBLISHED);
        ActivitySummary activity = published(world, command);
        String seated = unique("plass");
        String waiting = unique("venter");
        String gone = unique("borte");
        register(activity, seated, null);
        register(activity, waiting, null);
        RegistrationSummary left = register(activity, gone, null);
        programme.cancel(world.id(), left.id());

        programme.updateActivity(
                world.id(),
                activity.id(),
                activity("Dialogkonferanse", 1, Map.of(), null, false, null, ActivityStatus.CANCELLED));

        Mail toSeated = awaitMail(greenMail, seated, "Avlyst: Dialogkonferanse");
        assertThat(requireNonNull(toSeated.calendar())
                        .<VEvent>getComponents("VEVENT")
                        .getFirst()
                        .getProperty("STATUS")
                        .map(Property::getValue))
                .contains("CANCELLED");
        assertThat(awaitMail(greenMail, waiting, "Avlyst: Dialogkonferanse").calendar())
                .isNull();
        Thread.sleep(500);
        assertThat(MailFixtures.subjects(greenMail, gone)).noneMatch(s -> s.startsWith("Avlyst"));
    }

    @Test
    void aFailedListenerLeavesItsPublicationIncompleteUntilResubmitted() throws Exception {
        World world = worlds.create();
        ActivitySummary activity =
                published(world, activity("Omsorgskurs", 3, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        String email = unique("feiler");
        // the outbox refuses this one address for a while, as a database in trouble would
        String constraint = "test_refuse_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("alter table platform.mail_outbox add constraint " + constraint + " check (recipient <> '" + email
                        + "') not valid")
                .update();
        RegistrationSummary registration;
        try {
            registration = register(activity, email, null);
            awaitPublication(registration.id(), "FAILED");
        } finally {
            jdbc.sql("alter table platform.mail_outbox drop constraint " + constraint)
                    .update();
        }
        assertThat(completed(registration.id())).isFalse();
        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RegistrationConfirmed c
                && c.registrationId().equals(registration.id()));

        awaitMail(greenMail, email, "Du er påmeldt: Omsorgskurs");
        awaitPublication(registration.id(), "COMPLETED");
        assertThat(completed(registration.id())).isTrue();
    }

    private void awaitPublication(UUID registrationId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<String> statuses = jdbc.sql("select coalesce(status, '') from event_publication"
                            + " where event_type like '%RegistrationConfirmed' and serialized_event like ?")
                    .param("%" + registrationId + "%")
                    .query(String.class)
                    .list();
            if (statuses.contains(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no publication of " + registrationId + " in status " + status);
    }

    private boolean completed(UUID registrationId) {
        return jdbc.sql("select bool_and(completion_date is not null) from event_publication"
                        + " where event_type like '%RegistrationConfirmed' and serialized_event like ?")
                .param("%" + registrationId + "%")
                .query(Boolean.class)
                .single();
    }
}
