package no.lokta.people;

import static no.lokta.people.SignInTests.newClient;
import static no.lokta.people.SignInTests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** "Forgot password" end to end: the mail arrives over SMTP, and its link works once and not for long. */
@LoktaTest
class PasswordResetTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/password/reset\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    @Test
    void theMailedLinkSetsANewPasswordOnce() throws Exception {
        LoktaUser contact = worlds.create().contact();

        assertThat(mvc.post()
                        .uri("/password/forgot")
                        .param("email", contact.email())
                        .with(csrf()))
                .hasRedirectedUrl("/password/forgot?sent");
        assertThat(mvc.get().uri("/password/forgot?sent")).bodyText().contains("Hvis adressen hører til en konto");

        String body = awaitMailTo(contact.email());
        assertThat(body).contains("30 minutter");
        String link = link(body);

        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Velg nytt passord");

        // repeated differently, too short, empty: refused field by field, nothing changed
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(reset(token, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .hasStatusOk()
                .bodyText()
                .contains("Passordene er ikke like", "aria-invalid=\"true\"")
                .doesNotContain(NEW_PASSWORD);
        assertThat(reset(token, "short", "short")).hasStatusOk().bodyText().contains("minst 12 tegn");
        assertThat(reset(token, "", "")).hasStatusOk().bodyText().contains("Må fylles ut");
        assertThat(passwordIs(contact, TestWorld.PASSWORD)).isTrue();

        FormClient signedIn = new FormClient(port, newClient());
        signedIn.signIn(contact.email(), TestWorld.PASSWORD);
        assertThat(signedIn.get("/account").statusCode()).isEqualTo(200);

        assertThat(reset(token, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/login?reset");
        assertThat(signedIn.get("/account").statusCode())
                .as("signed out everywhere")
                .isEqualTo(302);
        assertThat(passwordIs(contact, NEW_PASSWORD)).isTrue();
        assertThat(signIn(mvc, contact.email(), NEW_PASSWORD, newClient())).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/login?reset")).bodyText().contains("Passordet er endret");

        // the link is spent
        assertThat(mvc.get().uri(link)).hasStatus(410).bodyText().contains("Lenken er allerede brukt");
        assertThat(reset(token, "another passphrase!", "another passphrase!"))
                .hasStatus(410)
                .bodyText()
                .contains("Lenken er allerede brukt");
        assertThat(passwordIs(contact, NEW_PASSWORD)).isTrue();
        assertThat(jdbc.sql("select count(*) from platform.audit_log where actor_id = ? and entity_type = 'account'"
                                + " and action = 'UPDATE' and summary = 'password reset by link'")
                        .param(contact.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String email = "unknown-" + UUID.randomUUID() + "@example.org";

        assertThat(mvc.post().uri("/password/forgot").param("email", email).with(csrf()))
                .hasRedirectedUrl("/password/forgot?sent");
        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theForgotFormRefusesBadInput() {
        assertThat(mvc.post().uri("/password/forgot").param("email", "").with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "aria-invalid=\"true\"", "email-error");
        assertThat(mvc.post()
                        .uri("/password/forgot")
                        .param("email", "not an address")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig e-postadresse");
    }

    @Test
    void theMailSpeaksTheLanguageOfTheRequest() {
        LoktaUser participant = worlds.create().participant();

        mvc.post()
                .uri("/password/forgot?lang=en")
                .param("email", participant.email())
                .with(csrf())
                .exchange();

        assertThat(outboxBodyTo(participant.email())).contains("Open the link to choose a new password");
    }

    @Test
    void anExpiredLinkIsRefused() {
        LoktaUser participant = worlds.create().participant();
        mvc.post()
                .uri("/password/forgot")
                .param("email", participant.email())
                .with(csrf())
                .exchange();
        String link = link(outboxBodyTo(participant.email()));

        jdbc.sql("update people.password_reset set expires_at = now() - interval '1 second' where account_id = ?")
                .param(participant.accountId())
                .update();

        assertThat(mvc.get().uri(link)).hasStatus(410).bodyText().contains("Lenken er utløpt");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(reset(token, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(410);
        assertThat(passwordIs(participant, TestWorld.PASSWORD)).isTrue();
    }

    @Test
    void aForgedOrMissingTokenIsRefused() {
        assertThat(mvc.get().uri("/password/reset?token=" + "A".repeat(43)))
                .hasStatus(404)
                .bodyText()
                .contains("Lenken virker ikke");
        assertThat(mvc.get().uri("/password/reset")).hasStatus(404);
    }

    @Test
    void usingOneLinkVoidsTheOthersAndLiftsALock() {
        LoktaUser coordinator = worlds.create().coordinator();
        for (int i = 0; i < 2; i++) {
            mvc.post()
                    .uri("/password/forgot")
                    .param("email", coordinator.email())
                    .with(csrf())
                    .exchange();
        }
        var links = jdbc
                .sql("select body from platform.mail_outbox where recipient = ? order by created_at")
                .param(coordinator.email())
                .query(String.class)
                .list()
                .stream()
                .map(PasswordResetTests::link)
                .toList();
        assertThat(links).hasSize(2);
        jdbc.sql("update people.account set locked_until = now() + interval '10 minutes', failed_attempts = 3"
                        + " where id = ?")
                .param(coordinator.accountId())
                .update();

        String second = links.get(1);
        assertThat(reset(second.substring(second.indexOf('=') + 1), NEW_PASSWORD, NEW_PASSWORD))
                .hasRedirectedUrl("/login?reset");

        assertThat(mvc.get().uri(links.get(0))).hasStatus(410);
        assertThat(jdbc.sql("select locked_until is null and failed_attempts = 0 from people.account where id = ?")
                        .param(coordinator.accountId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void onlyAFewLinksAreSentToOneAddressAtATime() {
        LoktaUser contact = worlds.create().contact();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post()
                            .uri("/password/forgot")
                            .param("email", contact.email())
                            .with(csrf()))
                    .hasRedirectedUrl("/password/forgot?sent");
        }
        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                        .param(contact.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(PasswordResets.MAX_RECENT_RESETS);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult reset(
            String token, String password, String repeat) {
        return mvc.post()
                .uri("/password/reset")
                .param("token", token)
                .param("password", password)
                .param("repeat", repeat)
                .with(csrf())
                .exchange();
    }

    private boolean passwordIs(LoktaUser user, String password) {
        String hash = jdbc.sql("select password_hash from people.account where id = ?")
                .param(user.accountId())
                .query(String.class)
                .single();
        return encoder.matches(password, hash);
    }

    private String outboxBodyTo(String recipient) {
        return jdbc.sql("select body from platform.mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(recipient)
                .query(String.class)
                .single();
    }

    /** The path and query of the reset link in a mail. */
    private static String link(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a reset link in: " + body).isTrue();
        return m.group(1);
    }

    private static String awaitMailTo(String recipient) throws MessagingException, IOException, InterruptedException {
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
