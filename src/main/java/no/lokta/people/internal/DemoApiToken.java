package no.lokta.people.internal;

import no.lokta.people.ApiTokens;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the demo coordinator the API token set in {@code LOKTA_DEMO_API_TOKEN}, so
 * that integrations can be tried at once. Runs after the demo data is loaded.
 */
@Component
@Order(20)
class DemoApiToken implements ApplicationRunner {

    static final String TOKEN_NAME = "Demo (LOKTA_DEMO_API_TOKEN)";

    private final DemoMode demo;
    private final PeopleManagement people;
    private final ApiTokens tokens;
    private final String token;

    DemoApiToken(
            DemoMode demo, PeopleManagement people, ApiTokens tokens, @Value("${lokta.demo-api-token:}") String token) {
        this.demo = demo;
        this.people = people;
        this.tokens = tokens;
        this.token = token.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || token.isEmpty()) {
            return;
        }
        people.accountIdByEmail(PeopleDemoData.COORDINATOR).ifPresent(id -> tokens.ensure(id, TOKEN_NAME, token));
    }
}
