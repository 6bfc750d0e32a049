package no.lokta.knowledge.forum;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.people.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Fora and practice consultants as JSON: figures, roles, other collaborations, a token, the OpenAPI document. */
@LoktaTest
class KnowledgeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ForumManagement fora;

    @Autowired
    ApiTokens tokens;

    @Test
    void helsedialogsForumAndConsultants() {
        var coordinator = worlds.demoCoordinator("Helsedialog");
        var fora = assertThat(mvc.get().uri("/api/v1/fora").with(as(coordinator)))
                .hasStatusOk()
                .bodyJson();
        fora.extractingPath("$[?(@.name == 'Helsedialogforum')].groups[0].seats")
                .asArray()
                .containsExactly(6);
        fora.extractingPath("$[?(@.name == 'Helsedialogforum')].groups[1].name")
                .asArray()
                .containsExactly("Fastleger");
        var growth = assertThat(
                        mvc.get().uri("/api/v1/practice-consultants/growth").with(as(coordinator)))
                .hasStatusOk()
                .bodyJson();
        growth.extractingPath("$.years[0].year").isEqualTo(2005);
        growth.extractingPath("$.years[2].coordinators").isEqualTo(6);
        growth.extractingPath("$.years[2].byProfession.GP").isEqualTo(41);
        growth.extractingPath("$.years[2].byProfession.PHYSIOTHERAPIST").isEqualTo(4);
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/fora/{id}/decisions", "/api/v1/practice-consultants/growth");
    }

    @Test
    void rolesCollaborationsAndATokenAreRespected() {
        var w = worlds.create();
        ForumSummary forum = fora.create(w.id(), new ForumCommand("Styringsgruppen", ForumKind.STEERING_GROUP, ""));
        fora.addMeeting(
                w.id(),
                forum.id(),
                new MeetingCommand(
                        "Møte",
                        LocalDate.of(2030, 1, 10).atTime(9, 0),
                        LocalDate.of(2030, 1, 10).atTime(11, 0),
                        "",
                        ""));
        String token = tokens.create(w.coordinator().accountId(), "Sak/arkiv").value();
        assertThat(mvc.get().uri("/api/v1/fora/{id}/meetings", forum.id()).header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].title")
                .isEqualTo("Møte");
        assertThat(mvc.get().uri("/api/v1/fora").with(as(w.participant()))).hasStatus(403);
        var other = worlds.create();
        assertThat(mvc.get().uri("/api/v1/fora/{id}", forum.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/fora")).hasStatus(401);
    }
}
