package no.lokta.needs.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SurveyCommandTests {

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.errors().stream().map(InvalidInput.FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    void aSurveyNeedsATitleOfAtMost200Characters() {
        assertThat(fields(() -> new SurveyCommand("  ", ""))).containsExactly("title");
        assertThat(fields(() -> new SurveyCommand("x".repeat(201), "y".repeat(4001))))
                .containsExactly("title", "introduction");
        SurveyCommand ok = new SurveyCommand("  Kartlegging  ", " Innledning ");
        assertThat(ok.title()).isEqualTo("Kartlegging");
        assertThat(ok.introduction()).isEqualTo("Innledning");
    }

    @Test
    void aSectionNeedsATitle() {
        assertThat(fields(() -> new SectionCommand("", "z".repeat(2001)))).containsExactly("title", "description");
    }

    @ParameterizedTest
    @EnumSource(
            value = QuestionKind.class,
            names = {"SINGLE_CHOICE", "MULTIPLE_CHOICE"})
    void aChoiceQuestionNeedsAtLeastTwoChoices(QuestionKind kind) {
        assertThat(fields(() -> question(kind, "Spørsmål", List.of(), List.of(), List.of())))
                .containsExactly("choices");
        assertThat(fields(() -> question(kind, "Spørsmål", List.of("Ja", " "), List.of(), List.of())))
                .containsExactly("choices");
        assertThat(question(kind, "Spørsmål", List.of(" Ja ", "", "Nei"), List.of("x"), List.of("y"))
                        .choices())
                .containsExactly("Ja", "Nei");
    }

    @Test
    void aMatrixNeedsRowsAndColumns() {
        assertThat(fields(() -> question(QuestionKind.MATRIX, "Hvor mange?", List.of(), List.of(), List.of())))
                .containsExactly("rows", "columns");
        assertThat(fields(() ->
                        question(QuestionKind.MATRIX, "Hvor mange?", List.of(), List.of("Sykepleiere"), List.of())))
                .containsExactly("columns");
        QuestionCommand ok =
                question(QuestionKind.MATRIX, "Hvor mange?", List.of("dropped"), List.of("A"), List.of("B", "C"));
        assertThat(ok.choices()).isEmpty();
        assertThat(ok.rows()).containsExactly("A");
        assertThat(ok.columns()).containsExactly("B", "C");
    }

    @Test
    void optionsMustBeDistinctShortAndFew() {
        assertThat(fields(() -> question(QuestionKind.SINGLE_CHOICE, "Q", List.of("Ja", "ja"), List.of(), List.of())))
                .containsExactly("choices");
        assertThat(fields(() -> question(
                        QuestionKind.SINGLE_CHOICE, "Q", List.of("Ja", "n".repeat(201)), List.of(), List.of())))
                .containsExactly("choices");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "Rad " + i)
                .toList();
        assertThat(fields(() -> question(QuestionKind.MATRIX, "Q", List.of(), many, List.of("K"))))
                .containsExactly("rows");
    }

    @Test
    void aQuestionNeedsTextAndAShortHelpText() {
        assertThatThrownBy(() -> new QuestionCommand(
                        QuestionKind.NUMBER, " ", "h".repeat(1001), true, List.of(), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("text", "helpText"));
    }

    @Test
    void optionsAreOnePerLine() {
        assertThat(QuestionCommand.lines("Sykepleiere\r\n\n  Helsefagarbeidere  \n"))
                .containsExactly("Sykepleiere", "Helsefagarbeidere");
    }

    @Test
    void sendingNeedsSomebodyAndValidAddresses() {
        java.time.LocalDate day = java.time.LocalDate.of(2030, 1, 1);
        assertThat(fields(() -> new SendCommand(false, List.of(" ", ""), day))).containsExactly("emails");
        assertThat(fields(() -> new SendCommand(true, List.of("ok@example.org", "ikke en adresse"), day)))
                .containsExactly("emails");
        assertThat(new SendCommand(true, List.of(" Leder@Example.org ", "leder@example.org"), day).emails())
                .containsExactly("leder@example.org");
    }

    private static QuestionCommand question(
            QuestionKind kind, String text, List<String> choices, List<String> rows, List<String> columns) {
        return new QuestionCommand(kind, text, "", false, choices, rows, columns);
    }
}
