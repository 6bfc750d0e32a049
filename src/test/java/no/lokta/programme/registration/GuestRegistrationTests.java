package no.lokta.programme.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.OrganisationSummary;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Registration with name and e-mail only, confirmed through the mailed link. */
@LoktaTest
class GuestRegistrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final Pattern LINK =
            Pattern.compile("(https?://[^/\\s]+)(/programme/registrations/confirm\\?token=([A-Za-z0-9_-]+))");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuestRegistersThroughTheMailedLink() throws Exception {
        var world = worlds.create();
        OrganisationSummary bardu = world.municipality();
        ActivitySummary school =
                TestActivities.open(programme, world.id(), "Pårørendeskole", 1, Map.of(bardu.id(), 1), null, false);
        String page = "/programme/activities/" + school.id();
        String email = "guest-" + UUID.randomUUID() + "@example.org";

        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("Meld deg på med navn og e-post", page + "/guest-registration");
        assertThat(mvc.get().uri(page + "/guest-registration"))
                .hasStatusOk()
                .bodyText()
                .contains("Meld deg på uten innlogging: Pårørendeskole", "Bardu", "Ingen (privatperson)");

        assertThat(request(school, "Gunn Gjest", "  " + email.toUpperCase() + " ", bardu.id()))
                .hasRedirectedUrl(page + "/guest-registration")
                .flash()
                .containsEntry("sentTo", email.toUpperCase());
        // nothing is registered and no seat held before the link is used
        assertThat(programme.registrations(world.id(), school.id())).isEmpty();
        assertThat(programme.activity(world.id(), school.id()).seatsLeft()).isEqualTo(1);

        String body = awaitMailTo(email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:8080");
        assertThat(body).contains("Gunn Gjest", "Pårørendeskole", "48 timer");
        String path = link.group(2);
        String token = link.group(3);

        // opening the link (as a mail scanner would) registers nobody
        assertThat(mvc.get().uri(path))
                .hasStatusOk()
                .bodyText()
                .contains("Bekreft påmeldingen", "Gunn Gjest", email, "Pårørendeskole");
        assertThat(programme.registrations(world.id(), school.id())).isEmpty();

        assertThat(confirm(token)).hasStatusOk().bodyText().contains("Du er påmeldt Pårørendeskole.");
        RegistrationSummary registered =
                programme.registrationOf(school.id(), email).orElseThrow();
        assertThat(registered.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registered.name()).isEqualTo("Gunn Gjest");
        assertThat(registered.organisationId()).isEqualTo(bardu.id());
        assertThat(registered.accountId()).isNull();

        // the link works once
        assertThat(confirm(token)).hasStatus(410).bodyText().contains("Lenken er allerede brukt");
        assertThat(mvc.get().uri(path)).hasStatus(410);
        assertThat(programme.registrations(world.id(), school.id())).hasSize(1);

        // the next guest finds the activity full and is waitlisted, told the place
        String second = "second-" + UUID.randomUUID() + "@example.org";
        request(school, "Per Pårørende", second, null);
        assertThat(confirm(tokenFromOutbox(second)))
                .hasStatusOk()
                .bodyText()
                .contains("Pårørendeskole er full. Du står som nummer 1 på ventelisten");
        assertThat(programme.registrationOf(school.id(), second).orElseThrow().status())
                .isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void theLinkAsksForApprovalWhereTheActivityWantsIt() {
        var world = worlds.create();
        ActivitySummary course = TestActivities.open(programme, world.id(), "Med godkjenning", 5, Map.of(), null, true);
        String email = "approve-" + UUID.randomUUID() + "@example.org";
        request(course, "Anne Ansatt", email, world.municipality().id());
        assertThat(confirm(tokenFromOutbox(email)))
                .hasStatusOk()
                .bodyText()
                .contains("venter på godkjenning fra kommunen din");
        assertThat(programme.registrationOf(course.id(), email).orElseThrow().status())
                .isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
    }

    @Test
    void badInputGetsFieldMessagesAndStoresNothing() {
        var world = worlds.create();
        var other = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        String email = "bad-" + UUID.randomUUID() + "@example.org";

        assertThat(request(school, " ", email, null))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "aria-invalid=\"true\"", "name-error", "Rett opp dette");
        assertThat(request(school, "Gunn", "not an address", null))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig e-postadresse", "email-error");
        assertThat(request(school, "Gunn", "a@b", null))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig e-postadresse");
        assertThat(request(school, "x".repeat(201), email, null))
                .hasStatusOk()
                .bodyText()
                .contains("name-error");
        // an organisation of another collaboration
        assertThat(request(school, "Gunn", email, other.municipality().id()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en kommune eller organisasjon fra listen.", "organisationId-error");
        assertThat(mvc.post()
                        .uri("/programme/activities/" + school.id() + "/guest-registration")
                        .with(csrf())
                        .param("name", "Gunn")
                        .param("email", email)
                        .param("organisationId", "not-a-uuid"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg fra listen.");
        // closed registration, an unknown activity, a draft
        ActivitySummary closed = TestActivities.closed(programme, world.id(), "Stengt");
        assertThat(mvc.get().uri("/programme/activities/" + closed.id() + "/guest-registration"))
                .hasStatusOk()
                .bodyText()
                .contains("Påmeldingen er ikke åpen.")
                .doesNotContain("Send meg lenken");
        assertThat(request(closed, "Gunn", email, null))
                .hasStatusOk()
                .bodyText()
                .contains("Påmeldingen er ikke åpen.");
        assertThat(mvc.post()
                        .uri("/programme/activities/" + UUID.randomUUID() + "/guest-registration")
                        .with(csrf())
                        .param("name", "Gunn")
                        .param("email", email))
                .hasStatus(404);
        assertThat(mvc.get().uri("/programme/activities/" + UUID.randomUUID() + "/guest-registration"))
                .hasStatus(404);
        // without the CSRF token
        assertThat(mvc.post()
                        .uri("/programme/activities/" + school.id() + "/guest-registration")
                        .param("name", "Gunn")
                        .param("email", email))
                .hasStatus(403);

        assertThat(requestsFor(email)).isZero();
        assertThat(mailsTo(email)).isZero();
        assertThat(programme.registrations(world.id(), school.id())).isEmpty();
        assertThat(programme.registrations(world.id(), closed.id())).isEmpty();
    }

    @Test
    void onlyAFewLinksPerAddressAndActivityInAnHour() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        String email = "many-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < GuestRegistrations.MAX_REQUESTS_PER_HOUR; i++) {
            assertThat(request(school, "Gunn", email, null)).hasStatus3xxRedirection();
        }
        assertThat(request(school, "Gunn", email, null))
                .hasStatusOk()
                .bodyText()
                .contains("Du har bedt om 3 lenker til denne aktiviteten den siste timen", "email-error");
        assertThat(requestsFor(email)).isEqualTo(GuestRegistrations.MAX_REQUESTS_PER_HOUR);
        assertThat(mailsTo(email)).isEqualTo(GuestRegistrations.MAX_REQUESTS_PER_HOUR);
        // another activity is another count
        ActivitySummary other = TestActivities.open(programme, world.id(), "Annen skole", 5);
        assertThat(request(other, "Gunn", email, null)).hasStatus3xxRedirection();
    }

    @Test
    void expiredUnknownAndSpentLinksChangeNothing() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        String email = "late-" + UUID.randomUUID() + "@example.org";
        request(school, "Gunn", email, null);
        String token = tokenFromOutbox(email);
        jdbc.sql("""
                        update programme.guest_request set created_at = now() - interval '3 days',
                          expires_at = now() - interval '1 day' where email = ?""").param(email).update();

        assertThat(mvc.get().uri("/programme/registrations/confirm?token=" + token))
                .hasStatus(410)
                .bodyText()
                .contains("Lenken er for gammel");
        assertThat(confirm(token)).hasStatus(410).bodyText().contains("Lenken er for gammel");
        assertThat(confirm("A".repeat(43))).hasStatus(404).bodyText().contains("Lenken virker ikke");
        assertThat(confirm("")).hasStatus(404);
        assertThat(confirm("x".repeat(500))).hasStatus(404);
        assertThat(mvc.get().uri("/programme/registrations/confirm")).hasStatus(404);
        assertThat(mvc.post().uri("/programme/registrations/confirm").param("token", token))
                .as("no CSRF token")
                .hasStatus(403);
        assertThat(programme.registrations(world.id(), school.id())).isEmpty();
    }

    @Test
    void aLinkToAnActivityClosedSinceRegistersNobodyAndStaysUnused() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        String email = "closed-" + UUID.randomUUID() + "@example.org";
        request(school, "Gunn", email, null);
        String token = tokenFromOutbox(email);
        jdbc.sql("update programme.activity set registration_opens = ?, registration_closes = ? where id = ?")
                .params(
                        java.time.LocalDateTime.of(2020, 1, 1, 0, 0),
                        java.time.LocalDateTime.of(2020, 2, 1, 0, 0),
                        school.id())
                .update();

        assertThat(confirm(token)).hasStatus(409).bodyText().contains("Påmeldingen er ikke åpen.");
        assertThat(programme.registrations(world.id(), school.id())).isEmpty();
        assertThat(jdbc.sql("select used_at is null from programme.guest_request where email = ?")
                        .param(email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theActivityPageLoadsTheFormInPlace() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        assertThat(mvc.get()
                        .uri("/programme/activities/" + school.id() + "/guest-registration")
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"guest-registration\"", "Send meg lenken", "_csrf")
                .doesNotContain("<html", "<h1");
        assertThat(mvc.get().uri("/programme/activities/" + school.id() + "/guest-registration?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Register without signing in: Skole", "Send me the link");
    }

    @Test
    void theMailSpeaksTheLanguageOfTheRequest() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "Skole", 5);
        String email = "english-" + UUID.randomUUID() + "@example.org";
        mvc.post()
                .uri("/programme/activities/" + school.id() + "/guest-registration?lang=en")
                .with(csrf())
                .param("name", "Gina Guest")
                .param("email", email)
                .exchange();
        assertThat(outboxBodyTo(email)).contains("Hello Gina Guest", "The link works for 48 hours");
    }

    private MvcTestResult request(ActivitySummary activity, String name, String email, @Nullable UUID organisationId) {
        var request = mvc.post()
                .uri("/programme/activities/" + activity.id() + "/guest-registration")
                .with(csrf())
                .param("name", name)
                .param("email", email);
        if (organisationId != null) {
            request = request.param("organisationId", organisationId.toString());
        }
        return request.exchange();
    }

    private MvcTestResult confirm(String token) {
        return mvc.post()
                .uri("/programme/registrations/confirm")
                .with(csrf())
                .param("token", token)
                .exchange();
    }

    private long requestsFor(String email) {
        return jdbc.sql("select count(*) from programme.guest_request where email = ?")
                .param(email.toLowerCase())
                .query(Long.class)
                .single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                .param(email.toLowerCase())
                .query(Long.class)
                .single();
    }

    private String outboxBodyTo(String email) {
        return jdbc.sql("select body from platform.mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(email.toLowerCase())
                .query(String.class)
                .single();
    }

    private String tokenFromOutbox(String email) {
        Matcher m = LINK.matcher(outboxBodyTo(email));
        assertThat(m.find()).isTrue();
        return m.group(3);
    }

    private static String awaitMailTo(String recipient)
            throws MessagingException, java.io.IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> isTo(m, recipient))
                    .findFirst();
            if (found.isPresent()) {
                return found.get().getContent().toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient);
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
