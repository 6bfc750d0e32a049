package no.lokta.knowledge.example;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.people.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The JSON API of published good examples: search, one example, tokens, other collaborations, the document. */
@LoktaTest
class ExampleApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ExampleWorld worlds;

    @Autowired
    ExampleManagement examples;

    @Autowired
    ApiTokens tokens;

    @Test
    void aPersonalTokenSearchesThePublishedExamplesAndReadsOne() {
        var w = worlds.create();
        ExampleSummary team = worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Ambulant team til sykehjemmet",
                        "Teamet reiser ut.",
                        "Færre innleggelser.",
                        w.network().id(),
                        Set.of(w.bardu())));
        worlds.published(w, ExampleWorld.command(w.category(3), "Sykehjem og legevakt", "Om sykehjem.", ""));
        ExampleSummary draft =
                examples.create(w.id(), ExampleWorld.command(w.category(3), "Utkast om sykehjem", "S", ""));
        String token =
                tokens.create(w.base().participant().accountId(), "Fagsystem").value();

        var list = assertThat(mvc.get()
                        .uri("/api/v1/examples?q=sykehjem&category=" + w.category(3))
                        .header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .hasContentType("application/json")
                .bodyJson();
        list.extractingPath("$.total").isEqualTo(2);
        list.extractingPath("$.examples[0].example.title").isEqualTo("Sykehjem og legevakt");
        list.extractingPath("$.examples[1].example.title").isEqualTo("Ambulant team til sykehjemmet");
        list.extractingPath("$.examples[1].example.network.name").isEqualTo("Palliasjon");
        list.extractingPath("$.examples[1].example.organisations[0].name").isEqualTo("Bardu");
        list.extractingPath("$.examples[1].example.category.name").isEqualTo("Ambulante team");

        var one = assertThat(
                        mvc.get().uri("/api/v1/examples/{id}", team.id()).header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson();
        one.extractingPath("$.example.results").isEqualTo("Færre innleggelser.");
        one.extractingPath("$.example.evidence").isEqualTo("DESCRIBED");
        one.extractingPath("$.example.periodTo").isEqualTo("2021-12-31");
        one.extractingPath("$.related[0].title").isEqualTo("Sykehjem og legevakt");

        assertThat(mvc.get().uri("/api/v1/examples/{id}", draft.id()).header("Authorization", "Bearer " + token))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/examples?evidence=EVALUATED")
                        .with(as(w.base().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void aTokenIsNeededAndAnotherCollaborationIsNotFound() {
        var w = worlds.create();
        ExampleSummary e = worlds.published(w, ExampleWorld.command(w.category(0), "LMS", "S", ""));
        assertThat(mvc.get().uri("/api/v1/examples")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/examples/" + e.id())).hasStatus(401);
        var stranger = worlds.create().base().coordinator();
        assertThat(mvc.get().uri("/api/v1/examples/" + e.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/examples?collaboration=" + w.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/examples/" + UUID.randomUUID())
                        .with(as(w.base().contact())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/examples/" + e.id() + "?collaboration=" + w.id())
                        .with(as(w.base().contact())))
                .hasStatusOk();
    }

    @Test
    void theOpenApiDocumentDescribesTheExamples() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/examples", "/api/v1/examples/{id}", "Good examples");
    }
}
