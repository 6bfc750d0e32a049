package no.lokta.needs.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.lokta.needs.survey.QuestionCommand;
import no.lokta.needs.survey.QuestionKind;
import no.lokta.needs.survey.Survey;
import org.jspecify.annotations.Nullable;

/**
 * A question as edited: choices, rows and columns are text boxes with one option per line. The
 * rules across fields (a choice question needs choices, a matrix rows and columns) are the command's.
 */
record QuestionForm(
        @NotNull @Nullable QuestionKind kind,
        @NotBlank @Size(max = 500) @Nullable String text,
        @Size(max = 1000) @Nullable String helpText,
        @Nullable Boolean required,
        @Size(max = 20000) @Nullable String choices,
        @Size(max = 20000) @Nullable String rows,
        @Size(max = 20000) @Nullable String columns) {

    static QuestionForm empty() {
        return new QuestionForm(QuestionKind.SINGLE_CHOICE, "", "", false, "", "", "");
    }

    static QuestionForm from(Survey.Question q) {
        return new QuestionForm(
                q.kind(),
                q.text(),
                q.helpText(),
                q.required(),
                lines(q.choices()),
                lines(q.rows()),
                lines(q.columns()));
    }

    private static String lines(List<Survey.Option> options) {
        return String.join("\n", options.stream().map(Survey.Option::label).toList());
    }

    /** Called once bean validation passed, so the kind is there. */
    QuestionCommand toCommand() {
        return new QuestionCommand(
                kind == null ? QuestionKind.SHORT_TEXT : kind,
                SurveyForm.text(text),
                SurveyForm.text(helpText),
                Boolean.TRUE.equals(required),
                QuestionCommand.lines(SurveyForm.text(choices)),
                QuestionCommand.lines(SurveyForm.text(rows)),
                QuestionCommand.lines(SurveyForm.text(columns)));
    }
}
