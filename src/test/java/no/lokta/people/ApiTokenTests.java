package no.lokta.people;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Personal API tokens: made on a page, shown once, used on the API, revoked. */
@LoktaTest
class ApiTokenTests {

    private static final Pattern TOKEN = Pattern.compile("lokta_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorMakesUsesAndRevokesAToken() throws Exception {
        var world = worlds.create();
        LoktaUser coordinator = world.coordinator();

        MvcTestResult created = create(coordinator, "Fagsystemet");
        assertThat(created).hasStatusOk().bodyText().contains("Kopier nøkkelen nå", "Fagsystemet");
        assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher m = TOKEN.matcher(created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        String token = m.group();
        String stored = jdbc.sql("select token_hash from people.api_token where account_id = ?")
                .param(coordinator.accountId())
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(token).hasSize(64);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.email", v -> v.assertThat().isEqualTo(coordinator.email()))
                .hasPathSatisfying("$.collaborations[0].name", v -> v.assertThat()
                        .isEqualTo(world.collaboration().name()))
                .hasPathSatisfying(
                        "$.collaborations[0].roles[0]", v -> v.assertThat().isEqualTo("COORDINATOR"));
        assertThat(jdbc.sql("select last_used_at is not null from people.api_token where account_id = ?")
                        .param(coordinator.accountId())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // the value is never shown again
        assertThat(mvc.get().uri("/account/tokens").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Fagsystemet")
                .doesNotContain(token);

        UUID id = jdbc.sql("select id from people.api_token where account_id = ?")
                .param(coordinator.accountId())
                .query(UUID.class)
                .single();
        assertThat(mvc.post()
                        .uri("/account/tokens/{id}/revoke", id)
                        .with(as(coordinator))
                        .with(csrf()))
                .hasRedirectedUrl("/account/tokens?revoked");

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatus(401);
        assertThat(mvc.get().uri("/account/tokens").with(as(coordinator)))
                .bodyText()
                .doesNotContain("Fagsystemet");
        assertThat(jdbc.sql(
                                "select action from platform.audit_log where collaboration_id = ? and entity_type = 'apiToken'"
                                        + " order by id")
                        .param(world.id())
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "DELETE");
    }

    @Test
    void theApiRefusesCallsWithoutAValidToken() {
        assertThat(mvc.get().uri("/api/v1/me")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer lokta_" + "x".repeat(43)))
                .hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer "))
                .hasStatus(401);
    }

    @Test
    void onlyCoordinatorsHaveTokens() {
        var world = worlds.create();

        assertThat(mvc.get().uri("/account/tokens").with(as(world.participant())))
                .hasStatus(403);
        assertThat(create(world.participant(), "Mine")).hasStatus(403);
        assertThat(create(world.contact(), "Mine")).hasStatus(403);
        assertThat(tokensOf(world.participant())).isZero();
    }

    @Test
    void aNameIsNeededAndNotTooLong() {
        LoktaUser coordinator = worlds.create().coordinator();

        assertThat(create(coordinator, "  "))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "name-error", "aria-invalid=\"true\"");
        assertThat(create(coordinator, "x".repeat(101)))
                .hasStatusOk()
                .bodyText()
                .contains("name-error");
        assertThat(tokensOf(coordinator)).isZero();
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        var world = worlds.create();
        var other = worlds.create();
        create(world.coordinator(), "Mitt system");
        UUID id = jdbc.sql("select id from people.api_token where account_id = ?")
                .param(world.coordinator().accountId())
                .query(UUID.class)
                .single();

        assertThat(mvc.post()
                        .uri("/account/tokens/{id}/revoke", id)
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/account/tokens/not-a-token/revoke")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(jdbc.sql("select revoked_at is null from people.api_token where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private MvcTestResult create(LoktaUser user, String name) {
        return mvc.post()
                .uri("/account/tokens")
                .param("name", name)
                .with(as(user))
                .with(csrf())
                .exchange();
    }

    private long tokensOf(LoktaUser user) {
        return jdbc.sql("select count(*) from people.api_token where account_id = ?")
                .param(user.accountId())
                .query(Long.class)
                .single();
    }
}
