package no.lokta.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.people.ApiTokens;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code LOKTA_DEMO_API_TOKEN}: the demo coordinator's token, for trying the API at once. */
@LoktaTest
class DemoApiTokenTests {

    @Autowired
    DemoMode demo;

    @Autowired
    PeopleManagement people;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDemoCoordinatorGetsTheTokenOnceAndTheApiAcceptsIt() {
        String token = "demo-" + UUID.randomUUID();
        var runner = new DemoApiToken(demo, people, tokens, token);
        try {
            runner.run(new DefaultApplicationArguments());
            runner.run(new DefaultApplicationArguments());

            assertThat(jdbc.sql("select count(*) from people.api_token where name = ?")
                            .param(DemoApiToken.TOKEN_NAME)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                    .hasStatusOk()
                    .bodyJson()
                    .hasPathSatisfying("$.email", v -> v.assertThat().isEqualTo("koordinator@lokta.no"));
        } finally {
            jdbc.sql("delete from people.api_token where name = ?")
                    .param(DemoApiToken.TOKEN_NAME)
                    .update();
        }
    }

    @Test
    void withoutATokenNothingIsMade() {
        new DemoApiToken(demo, people, tokens, " ").run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from people.api_token where name = ?")
                        .param(DemoApiToken.TOKEN_NAME)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
