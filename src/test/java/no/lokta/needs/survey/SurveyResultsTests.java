package no.lokta.needs.survey;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class SurveyResultsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    record Published(
            UUID id,
            UUID malselv,
            Survey.Question count,
            Survey.Question matrix,
            Survey.Question choice,
            Survey.Question scale,
            Survey.Question text) {}

    private Published published(TestWorld.World w) {
        UUID malselv = members.addMunicipalityFromRegister(w.id(), "5524").id();
        UUID id = surveys.create(w.id(), new SurveyCommand("Behov 2029", "")).id();
        UUID section = surveys.addSection(w.id(), id, new SectionCommand("Behov", ""));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(
                        QuestionKind.NUMBER, "Hvor mange årsverk?", "", true, List.of(), List.of(), List.of()));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(
                        QuestionKind.MATRIX,
                        "Hvor mange trenger hva?",
                        "",
                        false,
                        List.of(),
                        List.of("Sykepleiere", "Assistenter"),
                        List.of("Demens", "Lindrende")));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(
                        QuestionKind.SINGLE_CHOICE,
                        "Yrkesgruppe",
                        "",
                        true,
                        List.of("Sykepleier", "Helsefagarbeider"),
                        List.of(),
                        List.of()));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(QuestionKind.SCALE, "Hvor fornøyd?", "", false, List.of(), List.of(), List.of()));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(QuestionKind.LONG_TEXT, "Annet", "", false, List.of(), List.of(), List.of()));
        surveys.publish(w.id(), id);
        List<Survey.Question> q =
                surveys.survey(w.id(), id).sections().getFirst().questions();
        return new Published(id, malselv, q.get(0), q.get(1), q.get(2), q.get(3), q.get(4));
    }

    /** A response straight into the tables, as a link would leave it; submitted unless told. */
    private UUID respond(Published p, @Nullable UUID organisationId, boolean submitted, Object[]... answers) {
        UUID recipient = UUID.randomUUID();
        UUID response = UUID.randomUUID();
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                        insert into needs.survey_recipient (id, survey_id, organisation_id, email, expires_on, sent_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        recipient,
                        p.id(),
                        organisationId,
                        recipient + "@example.org",
                        LocalDate.now().plusDays(9),
                        now))
                .update();
        jdbc.sql("""
                        insert into needs.survey_response (id, recipient_id, survey_id, organisation_id, started_at,
                          changed_at, submitted_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(response, recipient, p.id(), organisationId, now, now, submitted ? now : null))
                .update();
        for (Object[] a : answers) {
            jdbc.sql("""
                            insert into needs.survey_answer (response_id, question_id, row_key, column_key, choice_key,
                              number_value, text_value) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(response, a[0], a[1], a[2], a[3], a[4], a[5]))
                    .update();
        }
        return response;
    }

    private static Object[] number(Survey.Question q, int n) {
        return new Object[] {q.id(), "", "", "", new BigDecimal(n), null};
    }

    private static Object[] cell(Survey.Question q, String row, String column, int n) {
        return new Object[] {q.id(), row, column, "", new BigDecimal(n), null};
    }

    private static Object[] choice(Survey.Question q, String key) {
        return new Object[] {q.id(), "", "", key, null, null};
    }

    private static Object[] text(Survey.Question q, String text) {
        return new Object[] {q.id(), "", "", "", null, text};
    }

    /** Bardu: two nurses, Målselv: one nurse and one health worker; and a draft that must not count. */
    private Published answered(TestWorld.World w) {
        Published p = published(w);
        UUID bardu = w.municipality().id();
        respond(
                p,
                bardu,
                true,
                number(p.count(), 40),
                cell(p.matrix(), "r1", "k1", 5),
                choice(p.choice(), "c1"),
                number(p.scale(), 4),
                text(p.text(), "Mer om demens"));
        respond(
                p,
                bardu,
                true,
                number(p.count(), 60),
                cell(p.matrix(), "r1", "k1", 3),
                cell(p.matrix(), "r2", "k2", 2),
                choice(p.choice(), "c1"),
                number(p.scale(), 5),
                text(p.text(), "Ansatte trenger veiledning"));
        respond(
                p,
                p.malselv(),
                true,
                number(p.count(), 20),
                cell(p.matrix(), "r1", "k2", 4),
                choice(p.choice(), "c2"),
                number(p.scale(), 4));
        respond(p, p.malselv(), true, number(p.count(), 10), choice(p.choice(), "c1"));
        respond(
                p,
                p.malselv(),
                false,
                number(p.count(), 1000),
                cell(p.matrix(), "r1", "k1", 1000),
                choice(p.choice(), "c2"),
                text(p.text(), "Utkast som ikke er sendt"));
        return p;
    }

    private static SurveyResults.QuestionResults of(SurveyResults r, Survey.Question q) {
        return r.questions().stream()
                .filter(x -> x.question().id().equals(q.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void submittedAnswersAreCountedAndSummedPerQuestion() {
        var w = worlds.create();
        Published p = answered(w);
        SurveyResults r = surveys.results(w.id(), p.id(), Grouping.NONE, 10);
        assertThat(r.total().responses()).as("the draft is left out").isEqualTo(4);
        assertThat(r.hidden()).isFalse();
        var count = of(r, p.count()).at("", SurveyResults.TOTAL);
        assertThat(count.count()).isEqualTo(4);
        assertThat(count.sum()).isEqualByComparingTo("130");
        assertThat(count.mean()).isEqualByComparingTo("32.50");
        assertThat(count.least()).isEqualByComparingTo("10");
        assertThat(count.largest()).isEqualByComparingTo("60");
        var matrix = of(r, p.matrix());
        assertThat(matrix.at(SurveyResults.cell("r1", "k1"), "").sum()).isEqualByComparingTo("8");
        assertThat(matrix.rowSum("r1", "")).as("nurses over both topics").isEqualByComparingTo("12");
        assertThat(matrix.columnSum("k2", "")).isEqualByComparingTo("6");
        assertThat(matrix.answered("")).isEqualTo(3);
        var choice = of(r, p.choice());
        assertThat(choice.count("c1", "")).isEqualTo(3);
        assertThat(choice.percent("c1", "")).isEqualTo(75);
        var scale = of(r, p.scale());
        assertThat(scale.count("4", "")).isEqualTo(2);
        assertThat(scale.count("5", "")).isEqualTo(1);
        assertThat(scale.answered("")).isEqualTo(3);
        var text = of(r, p.text());
        assertThat(text.texts())
                .as("alphabetical, drafts left out")
                .containsExactly("Ansatte trenger veiledning", "Mer om demens");
        assertThat(text.textCount()).isEqualTo(2);
        assertThat(of(surveys.results(w.id(), p.id(), Grouping.NONE, 1), p.text())
                        .texts())
                .containsExactly("Ansatte trenger veiledning");
    }

    @Test
    void groupsUnderTheThresholdHoldNoFiguresAndTheComplementIsHiddenToo() {
        var w = worlds.create();
        Published p = answered(w);
        // threshold 3 (the default): Bardu has 2, Målselv 2 submitted: both hidden, the total shown
        SurveyResults r = surveys.results(w.id(), p.id(), Grouping.MUNICIPALITY, 10);
        assertThat(r.threshold()).isEqualTo(3);
        assertThat(r.groups()).extracting(SurveyResults.Group::hidden).containsOnly(true);
        assertThat(of(r, p.count()).at("", w.municipality().id().toString())).isEqualTo(SurveyResults.Figures.NONE);
        assertThat(of(r, p.count()).at("", "").count()).isEqualTo(4);

        surveys.setThreshold(w.id(), p.id(), 2);
        r = surveys.results(w.id(), p.id(), Grouping.MUNICIPALITY, 10);
        assertThat(r.visibleGroups()).extracting(SurveyResults.Group::label).containsExactly("Bardu", "Målselv");
        assertThat(of(r, p.count()).at("", w.municipality().id().toString()).sum())
                .isEqualByComparingTo("100");
        assertThat(of(r, p.count()).at("", p.malselv().toString()).sum()).isEqualByComparingTo("30");

        // split by profession: Sykepleier 3, Helsefagarbeider 1 (under 2); the nurses alone would
        // give the health worker away from the total, so both are hidden
        r = surveys.results(w.id(), p.id(), Grouping.byQuestion(p.choice().id()), 10);
        assertThat(r.groups()).extracting(SurveyResults.Group::hidden).containsOnly(true);
        assertThat(of(r, p.scale()).count("4", "c1")).isZero();

        surveys.setThreshold(w.id(), p.id(), 5);
        r = surveys.results(w.id(), p.id(), Grouping.NONE, 10);
        assertThat(r.hidden()).isTrue();
        assertThat(r.questions()).as("too few answers: no figures at all").isEmpty();
    }

    @Test
    void aSplitByAQuestionCountsEachGroup() {
        var w = worlds.create();
        Published p = answered(w);
        surveys.setThreshold(w.id(), p.id(), 1);
        SurveyResults r =
                surveys.results(w.id(), p.id(), Grouping.byQuestion(p.choice().id()), 10);
        assertThat(r.visibleGroups())
                .extracting(SurveyResults.Group::label, SurveyResults.Group::responses)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Helsefagarbeider", 1),
                        org.assertj.core.groups.Tuple.tuple("Sykepleier", 3));
        assertThat(of(r, p.count()).at("", "c1").sum()).isEqualByComparingTo("110");
        assertThat(of(r, p.scale()).count("5", "c1")).isEqualTo(1);
        assertThatThrownBy(() -> surveys.results(
                        w.id(), p.id(), Grouping.byQuestion(p.scale().id()), 10))
                .as("only a single-choice question splits")
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> surveys.setThreshold(w.id(), p.id(), 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> surveys.results(worlds.create().id(), p.id(), Grouping.NONE, 10))
                .isInstanceOf(SurveyNotFound.class);
    }

    @Test
    void theResultsPageShowsChartsTablesAndTheThresholdAndRefusesBadInput() {
        var w = worlds.create();
        Published p = answered(w);
        String page = "/needs/surveys/" + p.id() + "/results";
        assertThat(mvc.get().uri(page).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "4 svar er sendt inn",
                        "Hvor mange trenger hva?",
                        "Sum kolonne",
                        "75 %",
                        "Ansatte trenger veiledning",
                        "Grupper med færre enn 3",
                        "<svg");
        assertThat(mvc.get().uri(page + "?by=municipality").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("2 grupper med for få svar");
        assertThat(mvc.get().uri(page + "?by=nonsense").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en oppdeling fra listen");
        assertThat(mvc.get().uri(page + "?by=" + UUID.randomUUID()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en oppdeling fra listen");
        for (String bad : List.of("abc", "0", "101", "")) {
            assertThat(mvc.post()
                            .uri(page + "/threshold")
                            .param("threshold", bad)
                            .with(csrf())
                            .with(as(w.coordinator())))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Skriv et helt tall fra 1 til 100");
        }
        assertThat(jdbc.sql("select anonymity_threshold from needs.survey where id = ?")
                        .param(p.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(mvc.post()
                        .uri(page + "/threshold")
                        .param("threshold", "2")
                        .with(csrf())
                        .with(as(w.coordinator())))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page + "?by=municipality").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu", "Målselv")
                .doesNotContain("for få svar");
    }

    @Test
    void theFilesHoldTheShownFiguresOnly() throws Exception {
        var w = worlds.create();
        Published p = answered(w);
        String base = "/needs/surveys/" + p.id() + "/results/export";
        var csv = mvc.get()
                .uri(base + ".csv?by=municipality")
                .with(as(w.coordinator()))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("behov-2029-resultater.csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFSpørsmål;Linje;Gruppe")
                .contains("Hvor mange årsverk?;Hvor mange årsverk?;Alle;4;4;100;130;32,5;10;60;")
                .contains("Mer om demens")
                .as("Bardu and Målselv are under the threshold")
                .doesNotContain(";Bardu;", ";Målselv;");
        var xlsx = mvc.get().uri(base + ".xlsx").with(as(w.coordinator())).exchange();
        assertThat(xlsx).hasStatusOk();
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Spørsmål");
            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("Hvor mange årsverk?");
            assertThat(first.getCellAsNumber(6))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("130"));
            assertThat(wb.getSheets().count()).isEqualTo(3);
        }
    }

    @Test
    void onlyTheSurveysCoordinatorSeesTheResults() {
        var w = worlds.create();
        Published p = answered(w);
        var other = worlds.create();
        for (String path : List.of("/results", "/results/export.csv", "/results/export.xlsx")) {
            String uri = "/needs/surveys/" + p.id() + path;
            assertThat(mvc.get().uri(uri).with(as(w.contact()))).hasStatus(403);
            assertThat(mvc.get().uri(uri).with(as(w.participant()))).hasStatus(403);
            assertThat(mvc.get().uri(uri).with(as(other.coordinator()))).hasStatus(404);
            assertThat(mvc.get().uri(uri)).hasStatus3xxRedirection();
        }
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/results/threshold")
                        .param("threshold", "1")
                        .with(csrf())
                        .with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/results/threshold")
                        .param("threshold", "1")
                        .with(csrf())
                        .with(as(w.contact())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/surveys/" + p.id() + "/results").with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/surveys/" + p.id() + "/results").with(as(w.contact())))
                .hasStatus(403);
    }

    @Test
    void theApiGivesTheAggregatedResults() {
        var w = worlds.create();
        Published p = answered(w);
        assertThat(mvc.get()
                        .uri("/api/v1/surveys/" + p.id() + "/results?by=municipality")
                        .with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.total.responses", v -> assertThat(v).asNumber().isEqualTo(4))
                .hasPathSatisfying("$.threshold", v -> assertThat(v).asNumber().isEqualTo(3))
                .hasPathSatisfying("$.groups[0].hidden", v -> assertThat(v).isEqualTo(true));
        assertThat(mvc.get()
                        .uri("/api/v1/surveys/" + p.id() + "/results?by=nonsense")
                        .with(as(w.coordinator())))
                .hasStatus(400);
    }

    @Test
    void aNeedIsDraftedFromAMatrixCell() {
        var w = worlds.create();
        Published p = answered(w);
        surveys.setThreshold(w.id(), p.id(), 1);
        NeedDraft d = surveys.needDraft(w.id(), p.id(), p.matrix().id(), SurveyResults.cell("r1", "k1"));
        assertThat(d.topic()).isEqualTo("Demens");
        assertThat(d.professions()).containsExactly("Sykepleiere");
        assertThat(d.people()).isEqualTo(8);
        assertThat(d.municipalityIds())
                .as("only Bardu reported it")
                .containsExactly(w.municipality().id());
        assertThat(mvc.get()
                        .uri("/needs/needs/new?survey=" + p.id() + "&question="
                                + p.matrix().id() + "&line=r1/k1")
                        .with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Utkastet er laget av resultatene",
                        "value=\"Demens\"",
                        "value=\"Sykepleiere\"",
                        "value=\"8\"",
                        p.id().toString());
        assertThat(mvc.get()
                        .uri("/needs/needs/new?survey=" + p.id() + "&question="
                                + p.matrix().id() + "&line=r9/k9")
                        .with(as(w.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/needs/needs/new?survey=" + p.id() + "&question="
                                + p.matrix().id() + "&line=r1/k1")
                        .with(as(worlds.create().coordinator())))
                .hasStatus(404);
    }
}
