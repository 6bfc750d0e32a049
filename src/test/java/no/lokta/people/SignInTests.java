package no.lokta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Form sign-in as Spring Security does it, with lockout, throttling and the audit trail. */
@LoktaTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** Each test signs in from an address of its own, so that the throttle of one leaves the rest alone. */
    static String newClient() {
        UUID random = UUID.randomUUID();
        return "10." + Math.floorMod(random.getMostSignificantBits(), 250) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 250) + "."
                + (1 + Math.floorMod(random.hashCode(), 250));
    }

    static MvcTestResult signIn(MockMvcTester mvc, String email, String password, String client) {
        return mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .exchange();
    }

    @Test
    void theRightPasswordSignsInAndIsAuditedInTheCollaboration() {
        var world = worlds.create();
        LoktaUser coordinator = world.coordinator();

        assertThat(signIn(mvc, coordinator.email(), TestWorld.PASSWORD, newClient()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/");

        assertThat(jdbc.sql("select last_sign_in_at is not null from people.account where id = ?")
                        .param(coordinator.accountId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(auditActions(world.id(), coordinator.accountId())).containsExactly("SIGN_IN");
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        var world = worlds.create();
        LoktaUser contact = world.contact();

        assertThat(signIn(mvc, contact.email(), "not the password", newClient()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/login?error");

        assertThat(auditActions(world.id(), contact.accountId())).containsExactly("SIGN_IN_FAILED");
        assertThat(failedAttempts(contact.accountId())).isEqualTo(1);
    }

    @Test
    void anUnknownAddressIsRefusedAndAuditedWithoutCollaboration() {
        String email = "nobody-" + UUID.randomUUID() + "@example.org";

        assertThat(signIn(mvc, email, "whatever it is", newClient())).hasRedirectedUrl("/login?error");

        assertThat(jdbc.sql("select count(*) from platform.audit_log where actor_name = ?"
                                + " and collaboration_id is null and action = 'SIGN_IN_FAILED'")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        var world = worlds.create();
        LoktaUser participant = world.participant();
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(mvc, participant.email(), "wrong password " + i, client))
                    .hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(mvc, participant.email(), TestWorld.PASSWORD, client)).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("sperret i 15 minutter");
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from people.account where id = ?")
                        .param(participant.accountId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(auditActions(world.id(), participant.accountId())).hasSize(6).allMatch("SIGN_IN_FAILED"::equals);

        // when the lock has run out, the right password works again
        jdbc.sql("update people.account set locked_until = now() - interval '1 second' where id = ?")
                .param(participant.accountId())
                .update();
        assertThat(signIn(mvc, participant.email(), TestWorld.PASSWORD, client)).hasRedirectedUrl("/");
    }

    @Test
    void aSuccessStartsTheCountAfresh() {
        var world = worlds.create();
        LoktaUser contact = world.contact();
        String client = newClient();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(mvc, contact.email(), "wrong", client)).hasRedirectedUrl("/login?error");
            }
            assertThat(failedAttempts(contact.accountId())).isEqualTo(4);
            assertThat(signIn(mvc, contact.email(), TestWorld.PASSWORD, client)).hasRedirectedUrl("/");
            assertThat(failedAttempts(contact.accountId())).isZero();
        }
    }

    @Test
    void anAddressWithTwentyFailuresIsRefusedForAWhile() {
        var world = worlds.create();
        String client = newClient();
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(mvc, "guess-" + i + "-" + UUID.randomUUID() + "@example.org", "guess", client))
                    .hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(mvc, world.coordinator().email(), TestWorld.PASSWORD, client))
                .hasRedirectedUrl("/login?throttled");
        assertThat(mvc.get().uri("/login?throttled")).bodyText().contains("For mange mislykkede innlogginger");
        assertThat(auditActions(world.id(), world.coordinator().accountId())).containsExactly("SIGN_IN_FAILED");

        // another address is not affected
        assertThat(signIn(mvc, world.coordinator().email(), TestWorld.PASSWORD, newClient()))
                .hasRedirectedUrl("/");

        // the window slides: once the failures are old enough, the address may try again
        jdbc.sql("update people.sign_in_attempt set at = now() - interval '16 minutes' where client = ?")
                .param(client)
                .update();
        assertThat(signIn(mvc, world.coordinator().email(), TestWorld.PASSWORD, client))
                .hasRedirectedUrl("/");
    }

    @Test
    void signingInOverHttpGivesANewSessionId() throws IOException, InterruptedException {
        var world = worlds.create();
        FormClient browser = new FormClient(port, newClient());

        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        String before = browser.session();
        assertThat(before).isNotEmpty();

        HttpResponse<String> signedIn = browser.signIn(world.coordinator().email(), TestWorld.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.session()).isNotEqualTo(before);

        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(world.coordinator().email());
        // the session lives in PostgreSQL (any node can serve the next request), with the idle timeout
        assertThat(jdbc.sql("select max_inactive_interval from platform.spring_session where principal_name = ?")
                        .param(world.coordinator().email())
                        .query(Integer.class)
                        .list())
                .containsExactly(30 * 60);
    }

    private List<String> auditActions(UUID collaborationId, UUID accountId) {
        return jdbc.sql("select action from platform.audit_log where collaboration_id = ? and actor_id = ?"
                        + " and entity_type = 'account' and action like 'SIGN_IN%' order by id")
                .params(collaborationId, accountId)
                .query(String.class)
                .list();
    }

    private int failedAttempts(UUID accountId) {
        return jdbc.sql("select failed_attempts from people.account where id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }
}
