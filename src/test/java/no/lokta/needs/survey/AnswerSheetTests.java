package no.lokta.needs.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerSheetTests {

    private static final UUID NUMBER = UUID.randomUUID();
    private static final UUID CHOICE = UUID.randomUUID();
    private static final UUID SCALE = UUID.randomUUID();
    private static final UUID MATRIX = UUID.randomUUID();
    private static final UUID TEXT = UUID.randomUUID();

    private static final Survey SURVEY = new Survey(
            new SurveySummary(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "Behov",
                    "",
                    SurveyStatus.PUBLISHED,
                    LocalDateTime.now(),
                    LocalDateTime.now(),
                    1,
                    5,
                    SurveyPurpose.SURVEY,
                    null),
            List.of(new Survey.Section(
                    UUID.randomUUID(),
                    1,
                    "Del",
                    "",
                    List.of(
                            question(NUMBER, QuestionKind.NUMBER, true, List.of(), List.of(), List.of()),
                            question(
                                    CHOICE,
                                    QuestionKind.SINGLE_CHOICE,
                                    true,
                                    List.of(new Survey.Option("c1", "Ja"), new Survey.Option("c2", "Nei")),
                                    List.of(),
                                    List.of()),
                            question(SCALE, QuestionKind.SCALE, false, List.of(), List.of(), List.of()),
                            question(
                                    MATRIX,
                                    QuestionKind.MATRIX,
                                    false,
                                    List.of(),
                                    List.of(new Survey.Option("r1", "Sykepleiere")),
                                    List.of(new Survey.Option("k1", "Demens"), new Survey.Option("k2", "Lindrende"))),
                            question(TEXT, QuestionKind.SHORT_TEXT, false, List.of(), List.of(), List.of())))));

    private static Survey.Question question(
            UUID id,
            QuestionKind kind,
            boolean required,
            List<Survey.Option> choices,
            List<Survey.Option> rows,
            List<Survey.Option> columns) {
        return new Survey.Question(id, UUID.randomUUID(), 1, kind, "Q", "", required, choices, rows, columns);
    }

    @Test
    void answersAreOneValueEachAndBlankInputsGiveNone() {
        List<Answer> answers = AnswerSheet.read(
                SURVEY,
                Map.of(
                        "q-" + NUMBER, List.of("12,5"),
                        "q-" + CHOICE, List.of("c2"),
                        "q-" + SCALE, List.of(""),
                        "q-" + MATRIX + "-r1-k1", List.of(""),
                        "q-" + MATRIX + "-r1-k2", List.of("3"),
                        "q-" + TEXT, List.of("  Mer om demens  ")));
        assertThat(answers)
                .extracting(Answer::questionId, Answer::rowKey, Answer::columnKey, Answer::choiceKey, Answer::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NUMBER, "", "", "", null),
                        org.assertj.core.groups.Tuple.tuple(CHOICE, "", "", "c2", null),
                        org.assertj.core.groups.Tuple.tuple(MATRIX, "r1", "k2", "", null),
                        org.assertj.core.groups.Tuple.tuple(TEXT, "", "", "", "Mer om demens"));
        assertThat(AnswerSheet.missing(SURVEY, answers)).isEmpty();
        assertThat(AnswerSheet.values(answers))
                .containsEntry("q-" + NUMBER, List.of("12.5"))
                .containsEntry("q-" + MATRIX + "-r1-k2", List.of("3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "10000000", "1.234", "1e3x"})
    void aNumberThatCannotBeIsRefusedAtItsQuestion(String value) {
        assertThatThrownBy(() -> AnswerSheet.read(SURVEY, Map.of("q-" + MATRIX + "-r1-k1", List.of(value))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("q-" + MATRIX));
    }

    @Test
    void forgedChoicesAndScalesAreRefused() {
        assertThatThrownBy(() -> AnswerSheet.read(
                        SURVEY,
                        Map.of(
                                "q-" + CHOICE, List.of("c1", "c2"),
                                "q-" + SCALE, List.of("6"),
                                "q-" + TEXT, List.of("x".repeat(201)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("q-" + CHOICE, "q-" + SCALE, "q-" + TEXT));
        assertThatThrownBy(() -> AnswerSheet.read(SURVEY, Map.of("q-" + CHOICE, List.of("c9"))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void requiredQuestionsWithoutAnAnswerAreNamed() {
        assertThat(AnswerSheet.missing(SURVEY, List.of()))
                .extracting(InvalidInput.FieldProblem::field)
                .containsExactly("q-" + NUMBER, "q-" + CHOICE);
    }
}
