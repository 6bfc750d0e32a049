package no.lokta.platform.web;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Error pages in both languages, never with internals; operations endpoints. */
@LoktaTest
class ErrorPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Test
    void unexpectedErrorsShowAReferenceNotTheException() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/test-only/broken").with(as(world.coordinator())))
                .hasStatus(500)
                .bodyText()
                .contains("Noe gikk galt", "Oppgi referansen")
                .doesNotContain("secret internal detail", "IllegalStateException", "at no.lokta");
        assertThat(mvc.get().uri("/test-only/broken?lang=en").with(as(world.coordinator())))
                .hasStatus(500)
                .bodyText()
                .contains("Something went wrong", "Quote the reference");
    }

    @Test
    void conflictsAndMissingPagesHaveTheirOwnPages() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/test-only/conflict").with(as(world.coordinator())))
                .hasStatus(409)
                .bodyText()
                .contains("Konflikt", "Noen andre har endret dette");
        // the page for an unknown address comes from the error dispatch, which MockMvc does not do:
        // the browser journey looks at it
        assertThat(mvc.get().uri("/no-such-page").with(as(world.coordinator()))).hasStatus(404);
        assertThat(mvc.get().uri("/population").with(as(world.participant())))
                .hasStatus(403)
                .bodyText()
                .contains("Ingen tilgang");
    }

    @Test
    void anIdThatCannotBeAnIdIsNotFoundAndABadParameterIsABadRequest() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/organisations/not-an-id").with(as(world.coordinator())))
                .hasStatus(404)
                .bodyText()
                .contains("Fant ikke siden")
                .doesNotContain("Exception");
        assertThat(mvc.get().uri("/programme/activities/123"))
                .hasStatus(404)
                .bodyText()
                .contains("Fant ikke siden");
        assertThat(mvc.get().uri("/members?date=yesterday").with(as(world.coordinator())))
                .hasStatus(400)
                .bodyText()
                .contains("Ugyldig forespørsel");
    }

    @Test
    void layoutHasSkipLinkLanguageSwitchAndNavigation() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/members").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Hopp til hovedinnholdet",
                        "href=\"#main\"",
                        "lang=en",
                        world.collaboration().name())
                .contains("aria-current=\"page\"");
    }

    @Test
    void theNavigationMarksOnlyTheClosestEntryAsCurrent() throws Exception {
        var world = worlds.create();
        for (String page : List.of("/programme/mine", "/programme", "/programme/shadowing")) {
            String body = mvc.get()
                    .uri(page)
                    .with(as(world.participant()))
                    .exchange()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body.split("aria-current=\"page\"", -1)).as(page).hasSize(2);
        }
    }

    @Test
    void healthReadinessAndMetricsAreServed() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyText()
                .contains("UP");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus"))
                .hasStatusOk()
                .bodyText()
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void securityHeadersAreSet() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .headers()
                .containsHeader("Content-Security-Policy")
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("X-Content-Type-Options", "nosniff");
    }
}
