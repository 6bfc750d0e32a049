package no.lokta.needs.survey;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class SurveyWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

    private UUID draft(TestWorld.World w) {
        UUID id = surveys.create(w.id(), new SurveyCommand("Kompetansebehov", "Les dette først."))
                .id();
        UUID section = surveys.addSection(w.id(), id, new SectionCommand("Om kommunen", ""));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(
                        QuestionKind.MATRIX,
                        "Hvor mange trenger hva?",
                        "Antall personer.",
                        false,
                        List.of(),
                        List.of("Sykepleiere", "Assistenter"),
                        List.of("Demens", "Lindrende")));
        return id;
    }

    private int auditEntries(UUID collaborationId) {
        return jdbc.sql(
                        "select count(*) from platform.audit_log where collaboration_id = ? and entity_type like 'survey%'")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aCoordinatorBuildsASurveyThroughTheForms() {
        var w = worlds.create();
        var coordinator = w.coordinator();
        assertThat(mvc.get().uri("/needs/surveys").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Kartlegginger", "Ingen kartlegginger ennå.");
        // an empty title is refused at the field
        assertThat(mvc.post()
                        .uri("/needs/surveys")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", " ")
                        .param("introduction", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.", "aria-invalid=\"true\"", "Rett opp dette");
        assertThat(surveys.surveys(w.id())).isEmpty();
        assertThat(mvc.post()
                        .uri("/needs/surveys")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Kartlegging 2028")
                        .param("introduction", "Hva trenger dere?"))
                .hasStatus3xxRedirection();
        UUID id = surveys.surveys(w.id()).getFirst().id();
        String base = "/needs/surveys/" + id;
        assertThat(mvc.post()
                        .uri(base + "/sections")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Behov")
                        .param("description", ""))
                .hasStatus3xxRedirection();
        UUID section = surveys.survey(w.id(), id).sections().getFirst().id();
        String questions = base + "/sections/" + section + "/questions";
        assertThat(mvc.get().uri(questions + "/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Nytt spørsmål", "Matrise", "ett alternativ per linje");
        // a choice question without choices, a matrix without rows or columns: messages at the fields
        assertThat(mvc.post()
                        .uri(questions)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "SINGLE_CHOICE")
                        .param("text", "Har dere plan?")
                        .param("choices", "Ja\n\n"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv minst to svaralternativer, ett per linje.", "id=\"choices-error\"");
        assertThat(mvc.post()
                        .uri(questions)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "MATRIX")
                        .param("text", "Hvor mange?"))
                .hasStatusOk()
                .bodyText()
                .contains("En matrise må ha minst én rad.", "En matrise må ha minst én kolonne.");
        assertThat(mvc.post()
                        .uri(questions)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "NOPE")
                        .param("text", "Hvor mange?"))
                .hasStatusOk()
                .bodyText()
                .contains("aria-invalid=\"true\"");
        assertThat(surveys.survey(w.id(), id).summary().questions()).isZero();
        assertThat(mvc.post()
                        .uri(questions)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "MATRIX")
                        .param("text", "Hvor mange trenger hva?")
                        .param("required", "true")
                        .param("rows", "Sykepleiere\r\nAssistenter\r\n")
                        .param("columns", "Demens\nLindrende"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(questions)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "SINGLE_CHOICE")
                        .param("text", "Har dere plan?")
                        .param("choices", "Ja\nNei"))
                .hasStatus3xxRedirection();
        Survey survey = surveys.survey(w.id(), id);
        Survey.Question matrix = survey.sections().getFirst().questions().getFirst();
        assertThat(matrix.required()).isTrue();
        assertThat(matrix.rows()).extracting(Survey.Option::label).containsExactly("Sykepleiere", "Assistenter");
        Survey.Question choice = survey.sections().getFirst().questions().get(1);
        assertThat(choice.required()).isFalse();
        // reorder: the choice question moves up
        assertThat(mvc.post()
                        .uri(base + "/questions/" + choice.id() + "/move?up=true")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(surveys.survey(w.id(), id).sections().getFirst().questions())
                .extracting(Survey.Question::text)
                .containsExactly("Har dere plan?", "Hvor mange trenger hva?");
        // edit a question
        assertThat(mvc.get().uri(base + "/questions/" + choice.id() + "/edit").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ja\nNei");
        assertThat(mvc.post()
                        .uri(base + "/questions/" + choice.id())
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "MULTIPLE_CHOICE")
                        .param("text", "Hvilke planer har dere?")
                        .param("choices", "Kompetanseplan\nRekrutteringsplan\nIngen"))
                .hasStatus3xxRedirection();
        assertThat(surveys.question(w.id(), id, choice.id()).choices())
                .extracting(Survey.Option::key)
                .containsExactly("c1", "c2", "c3");
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Kartlegging 2028",
                        "Del 1: Behov",
                        "Hvilke planer har dere?",
                        "Rader: Sykepleiere, Assistenter");
        assertThat(auditEntries(w.id())).isEqualTo(6);
    }

    @Test
    void thePreviewShowsTheSurveyAsARespondentSeesIt() {
        var w = worlds.create();
        UUID id = draft(w);
        assertThat(mvc.get().uri("/needs/surveys/" + id + "/preview").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Forhåndsvisning",
                        "Les dette først.",
                        "Om kommunen",
                        "<caption",
                        "scope=\"row\"",
                        "Sykepleiere",
                        "Lindrende",
                        "type=\"number\"");
        assertThat(mvc.get().uri("/needs/surveys/" + id + "/preview?lang=en").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Preview: this is how respondents see the survey.");
    }

    @Test
    void publishingFreezesTheSurveyAndACopyIsANewDraft() {
        var w = worlds.create();
        var coordinator = w.coordinator();
        UUID empty = surveys.create(w.id(), new SurveyCommand("Tom", "")).id();
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + empty + "/publish")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "survey.publish.empty");
        assertThat(surveys.summary(w.id(), empty).status()).isEqualTo(SurveyStatus.DRAFT);

        UUID id = draft(w);
        String base = "/needs/surveys/" + id;
        assertThat(mvc.post().uri(base + "/publish").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(surveys.summary(w.id(), id).status()).isEqualTo(SurveyStatus.PUBLISHED);
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Publisert og låst")
                .doesNotContain("Legg til spørsmål");
        Survey before = surveys.survey(w.id(), id);
        UUID section = before.sections().getFirst().id();
        UUID question = before.sections().getFirst().questions().getFirst().id();
        assertThat(mvc.get().uri(base + "/edit").with(as(coordinator)))
                .hasStatus(409)
                .bodyText()
                .contains("Kartleggingen er publisert og kan ikke endres.");
        assertThat(mvc.post().uri(base).with(as(coordinator)).with(csrf()).param("title", "Endret"))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri(base + "/sections/" + section + "/questions")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("kind", "NUMBER")
                        .param("text", "Nytt?"))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri(base + "/questions/" + question + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri(base + "/sections/" + section + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(surveys.survey(w.id(), id)).isEqualTo(before);

        assertThat(mvc.post().uri(base + "/copy").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        SurveySummary copy = surveys.surveys(w.id()).stream()
                .filter(s -> s.title().equals("Kopi av Kompetansebehov"))
                .findFirst()
                .orElseThrow();
        assertThat(copy.status()).isEqualTo(SurveyStatus.DRAFT);
        Survey copied = surveys.survey(w.id(), copy.id());
        assertThat(copied.sections()).hasSize(1);
        assertThat(copied.sections().getFirst().questions().getFirst().toCommand())
                .isEqualTo(before.sections().getFirst().questions().getFirst().toCommand());
        assertThat(mvc.get().uri("/needs/surveys/" + copy.id() + "/edit").with(as(coordinator)))
                .hasStatusOk();
    }

    @Test
    void onlyCoordinatorsOfTheSameCollaborationSeeASurvey() {
        var w = worlds.create();
        var other = worlds.create();
        UUID id = draft(w);
        UUID section = surveys.survey(w.id(), id).sections().getFirst().id();
        for (var user : List.of(w.participant(), w.contact())) {
            assertThat(mvc.get().uri("/needs/surveys").with(as(user))).hasStatus(403);
            assertThat(mvc.get().uri("/needs/surveys/" + id).with(as(user))).hasStatus(403);
            assertThat(mvc.post()
                            .uri("/needs/surveys/" + id + "/publish")
                            .with(as(user))
                            .with(csrf()))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/surveys").with(as(user))).hasStatus(403);
        }
        var stranger = other.coordinator();
        for (String page : List.of("", "/preview", "/edit", "/sections/new", "/sections/" + section + "/edit")) {
            assertThat(mvc.get().uri("/needs/surveys/" + id + page).with(as(stranger)))
                    .as(page)
                    .hasStatus(404);
        }
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + id + "/publish")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + id + "/copy")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + id + "/sections/" + section + "/delete")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        // another survey's section through one's own survey is not found either
        UUID own = draft(other);
        assertThat(mvc.get()
                        .uri("/needs/surveys/" + own + "/sections/" + section + "/edit")
                        .with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/surveys/" + id).with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri("/needs/surveys").with(as(stranger)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Kompetansebehov\"");
        assertThat(surveys.summary(w.id(), id).status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void theApiGivesTheListAndTheStructure() {
        var w = worlds.create();
        UUID id = draft(w);
        assertThat(mvc.get().uri("/api/v1/surveys").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].title")
                .isEqualTo("Kompetansebehov");
        assertThat(mvc.get().uri("/api/v1/surveys/" + id).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.sections[0].questions[0].rows[1].label")
                .isEqualTo("Assistenter");
        assertThat(mvc.get().uri("/api/v1/surveys/" + id).with(as(w.coordinator())))
                .bodyJson()
                .extractingPath("$.sections[0].questions[0].kind")
                .isEqualTo("MATRIX");
    }

    @Test
    void theDemoSurveyIsPublished() {
        UUID lokta = worlds.loktaCoordinator().access().getFirst().collaborationId();
        assertThat(surveys.surveys(lokta))
                .filteredOn(s -> s.title().equals(SurveyDemoData.TITLE))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SurveyStatus.PUBLISHED);
                    // answered by Bardu, Senja and Målselv, shown per municipality (threshold 1)
                    SurveyResults r = surveys.results(lokta, s.id(), Grouping.MUNICIPALITY, 10);
                    assertThat(r.total().responses()).isEqualTo(3);
                    assertThat(r.visibleGroups())
                            .extracting(SurveyResults.Group::label)
                            .containsExactly("Bardu", "Målselv", "Senja");
                });
    }
}
