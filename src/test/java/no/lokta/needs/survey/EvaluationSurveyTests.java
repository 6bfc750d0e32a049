package no.lokta.needs.survey;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Course;
import no.lokta.programme.evaluation.EvaluationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A completed activity's evaluation runs on the survey engine, from the collaboration's template. */
@LoktaTest
class EvaluationSurveyTests {

    private static final Pattern LINK = Pattern.compile("/needs/respond/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

    private List<String> linksMailedTo(String email) {
        return jdbc
                .sql("select body from platform.mail_outbox where recipient = ? and body like '%/needs/respond/%'")
                .param(email)
                .query(String.class)
                .list()
                .stream()
                .map(body -> {
                    Matcher m = LINK.matcher(body);
                    assertThat(m.find()).isTrue();
                    return m.group(1);
                })
                .toList();
    }

    /** Waits for the listener that runs after the completion's commit. */
    private String linkMailedTo(String email) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<String> links = linksMailedTo(email);
            if (!links.isEmpty()) {
                assertThat(links).hasSize(1);
                return links.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no evaluation mailed to " + email);
    }

    @Test
    void thoseWhoCameGetTheTemplatesQuestionsAndTheResultsShowTheirAnswers() throws Exception {
        var w = worlds.create();
        Course c = Course.of(programme, w, "Palliasjon", "Anne Ansatt", "Bjørn Berg", "Cecilie Ås");
        attendance.save(
                w.id(),
                c.id(),
                c.session(0),
                List.of(
                        c.registration(0).id(),
                        c.registration(1).id(),
                        c.registration(2).id()),
                null);
        evaluations.complete(w.id(), c.id());
        String anne = linkMailedTo(c.registration(0).email());
        String bjorn = linkMailedTo(c.registration(1).email());
        String cecilie = linkMailedTo(c.registration(2).email());
        assertThat(jdbc.sql(
                                "select subject from platform.mail_outbox where recipient = ? and body like '%/needs/respond/%'")
                        .param(c.registration(0).email())
                        .query(String.class)
                        .single())
                .isEqualTo("Hva syntes du om Palliasjon?");
        SurveySummary evaluation = surveys.evaluationOf(w.id(), c.id()).orElseThrow();
        assertThat(evaluation.purpose()).isEqualTo(SurveyPurpose.EVALUATION);
        assertThat(evaluation.title()).isEqualTo("Evaluering: Palliasjon");
        assertThat(evaluation.editable()).as("published").isFalse();
        List<Survey.Question> questions =
                surveys.survey(w.id(), evaluation.id()).sections().getFirst().questions();
        assertThat(questions)
                .extracting(Survey.Question::text)
                .containsExactly("Helhetsinntrykk", "Nytte i arbeidet", "Hva var bra, og hva kan bli bedre?");

        String page = "/needs/respond/" + anne;
        assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("Evaluering: Palliasjon", "Helhetsinntrykk");
        // a score out of range is refused and nothing is saved
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("submit", "true")
                        .param("q-" + questions.get(0).id(), "6")
                        .param("q-" + questions.get(1).id(), "3"))
                .hasStatusOk();
        assertThat(surveys.results(w.id(), evaluation.id(), Grouping.NONE, 10)
                        .total()
                        .responses())
                .isZero();
        for (String[] answer : List.of(
                new String[] {anne, "4", "5", "Nyttige eksempler"},
                new String[] {bjorn, "2", "3", ""},
                new String[] {cecilie, "3", "4", ""})) {
            assertThat(mvc.post()
                            .uri("/needs/respond/" + answer[0])
                            .with(csrf())
                            .param("submit", "true")
                            .param("q-" + questions.get(0).id(), answer[1])
                            .param("q-" + questions.get(1).id(), answer[2])
                            .param("q-" + questions.get(2).id(), answer[3]))
                    .hasStatus3xxRedirection();
        }
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/evaluation")
                        .with(as(w.coordinator())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/needs/evaluations/" + c.id());
        assertThat(mvc.get().uri("/needs/evaluations/" + c.id()).with(as(w.coordinator())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/needs/surveys/" + evaluation.id() + "/results");
        assertThat(mvc.get()
                        .uri("/needs/surveys/" + evaluation.id() + "/results")
                        .with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("3 svar er sendt inn", "Helhetsinntrykk", "Nyttige eksempler")
                .doesNotContain("Anne Ansatt");
        SurveyResults r = surveys.results(w.id(), evaluation.id(), Grouping.NONE, 10);
        assertThat(r.questions().getFirst().at("", "").count()).isZero();
        assertThat(r.questions().getFirst().count("4", "")).isEqualTo(1);

        // completing again invites nobody twice
        evaluations.complete(w.id(), c.id());
        assertThat(surveys.evaluate(w.id(), c.id(), "Palliasjon")).isZero();
        assertThat(linksMailedTo(c.registration(0).email())).hasSize(1);
    }

    @Test
    void onlyThosePresentAreInvitedAndTheTemplateShapesLaterEvaluations() throws Exception {
        var w = worlds.create();
        SurveySummary template = surveys.evaluationTemplate(w.id());
        assertThat(template.template()).isTrue();
        assertThat(surveys.evaluationTemplate(w.id()).id())
                .as("one template per collaboration")
                .isEqualTo(template.id());
        assertThatThrownBy(() -> surveys.publish(w.id(), template.id())).isInstanceOf(InvalidInput.class);
        UUID section =
                surveys.survey(w.id(), template.id()).sections().getFirst().id();
        surveys.addQuestion(
                w.id(),
                template.id(),
                section,
                new QuestionCommand(
                        QuestionKind.SINGLE_CHOICE,
                        "Vil du anbefale kurset?",
                        "",
                        false,
                        List.of("Ja", "Nei"),
                        List.of(),
                        List.of()));

        Course c = Course.of(programme, w, "Velferdsteknologi", "Anne Ansatt", "Bjørn Berg");
        attendance.save(w.id(), c.id(), c.session(0), List.of(c.registration(1).id()), null);
        evaluations.complete(w.id(), c.id());
        linkMailedTo(c.registration(1).email());
        assertThat(linksMailedTo(c.registration(0).email()))
                .as("absent: no evaluation")
                .isEmpty();
        SurveySummary evaluation = surveys.evaluationOf(w.id(), c.id()).orElseThrow();
        assertThat(surveys.survey(w.id(), evaluation.id()).sections().getFirst().questions())
                .extracting(Survey.Question::text)
                .contains("Vil du anbefale kurset?");

        // Anne is recorded present later; completing again reaches her only
        attendance.save(
                w.id(),
                c.id(),
                c.session(0),
                List.of(c.registration(0).id(), c.registration(1).id()),
                null);
        evaluations.complete(w.id(), c.id());
        linkMailedTo(c.registration(0).email());
        assertThat(linksMailedTo(c.registration(1).email())).hasSize(1);

        assertThat(mvc.post()
                        .uri("/needs/surveys/evaluation-template")
                        .with(csrf())
                        .with(as(w.coordinator())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/needs/surveys/" + template.id());
        assertThat(mvc.get().uri("/needs/surveys/" + template.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Dette er malen for evalueringer")
                .doesNotContain("/publish");
        assertThat(mvc.post()
                        .uri("/needs/surveys/evaluation-template")
                        .with(csrf())
                        .with(as(w.contact())))
                .hasStatus(403);
    }
}
