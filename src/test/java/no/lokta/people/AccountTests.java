package no.lokta.people;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A person's own account page and password change. */
@LoktaTest
class AccountTests {

    private static final String NEW_PASSWORD = "my new and long passphrase";

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
    void showsNameAddressAndRolesPerCollaboration() {
        var world = worlds.create();

        assertThat(mvc.get().uri("/account").with(as(world.contact())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Min konto",
                        world.contact().displayName(),
                        world.contact().email(),
                        world.collaboration().name(),
                        "Kommunekontakt",
                        "Endre passord")
                .doesNotContain("/account/tokens");
        assertThat(mvc.get().uri("/account").with(as(world.coordinator())))
                .bodyText()
                .contains("Koordinator", "/account/tokens");
    }

    @Test
    void theAccountPageNeedsASignIn() {
        assertThat(mvc.get().uri("/account")).hasStatus3xxRedirection();
    }

    @Test
    void changesThePasswordWithTheCurrentOne() {
        LoktaUser participant = worlds.create().participant();

        assertThat(change(participant, TestWorld.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .hasRedirectedUrl("/account?passwordChanged");

        assertThat(passwordIs(participant, NEW_PASSWORD)).isTrue();
        assertThat(mvc.get().uri("/account?passwordChanged").with(as(participant)))
                .bodyText()
                .contains("Passordet er endret");
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_log where actor_id = ? and summary = 'password changed'")
                        .param(participant.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesBadInputFieldByFieldAndChangesNothing() {
        LoktaUser participant = worlds.create().participant();

        assertThat(change(participant, "not my password", NEW_PASSWORD, NEW_PASSWORD))
                .hasStatusOk()
                .bodyText()
                .contains("Nåværende passord er feil", "current-error", "aria-invalid=\"true\"");
        assertThat(change(participant, TestWorld.PASSWORD, NEW_PASSWORD, "something else entirely"))
                .hasStatusOk()
                .bodyText()
                .contains("Passordene er ikke like", "repeat-error");
        assertThat(change(participant, TestWorld.PASSWORD, "too short", "too short"))
                .hasStatusOk()
                .bodyText()
                .contains("minst 12 tegn", "password-error");
        assertThat(change(participant, TestWorld.PASSWORD, "æ".repeat(40), "æ".repeat(40)))
                .hasStatusOk()
                .bodyText()
                .contains("Passordet er for langt");
        assertThat(change(participant, "", "", "")).hasStatusOk().bodyText().contains("Må fylles ut", "Rett opp dette");

        assertThat(passwordIs(participant, TestWorld.PASSWORD)).isTrue();
    }

    @Test
    void aNewPasswordEndsThePersonsOtherSessions() throws Exception {
        LoktaUser contact = worlds.create().contact();
        FormClient here = new FormClient(port, SignInTests.newClient());
        FormClient elsewhere = new FormClient(port, SignInTests.newClient());
        assertThat(here.signIn(contact.email(), TestWorld.PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(elsewhere.signIn(contact.email(), TestWorld.PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        var changed = here.submit(
                "/account",
                "/account/password",
                Map.of("current", TestWorld.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/account").statusCode()).as("still signed in here").isEqualTo(200);
        assertThat(elsewhere.get("/account").statusCode())
                .as("signed out elsewhere")
                .isEqualTo(302);
    }

    private MvcTestResult change(LoktaUser user, String current, String password, String repeat) {
        return mvc.post()
                .uri("/account/password")
                .param("current", current)
                .param("password", password)
                .param("repeat", repeat)
                .with(as(user))
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
}
