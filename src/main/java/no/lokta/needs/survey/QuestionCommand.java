package no.lokta.needs.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/**
 * A question: its kind, text, help text, whether it must be answered, and for choice questions
 * their choices, for a matrix its rows and columns (each a list of labels in order). Options a kind
 * does not use are dropped.
 */
public record QuestionCommand(
        QuestionKind kind,
        String text,
        String helpText,
        boolean required,
        List<String> choices,
        List<String> rows,
        List<String> columns) {

    public static final int MAX_OPTIONS = 50;
    public static final int MAX_OPTION_LENGTH = 200;

    public QuestionCommand {
        text = text.strip();
        helpText = helpText.strip();
        choices = kind.hasChoices() ? clean(choices) : List.of();
        rows = kind.isMatrix() ? clean(rows) : List.of();
        columns = kind.isMatrix() ? clean(columns) : List.of();
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("text", "NotBlank"));
        } else if (text.length() > 500) {
            problems.add(new FieldProblem("text", "form.tooLong", 500));
        }
        if (helpText.length() > 1000) {
            problems.add(new FieldProblem("helpText", "form.tooLong", 1000));
        }
        if (kind.hasChoices() && choices.size() < 2) {
            problems.add(new FieldProblem("choices", "survey.question.choices.tooFew"));
        }
        if (kind.isMatrix() && rows.isEmpty()) {
            problems.add(new FieldProblem("rows", "survey.question.rows.missing"));
        }
        if (kind.isMatrix() && columns.isEmpty()) {
            problems.add(new FieldProblem("columns", "survey.question.columns.missing"));
        }
        check("choices", choices, problems);
        check("rows", rows, problems);
        check("columns", columns, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** One option per line of a text box, blank lines left out. */
    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> clean(List<String> options) {
        return options.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void check(String field, List<String> options, List<FieldProblem> problems) {
        if (options.size() > MAX_OPTIONS) {
            problems.add(new FieldProblem(field, "survey.question.options.tooMany", MAX_OPTIONS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > MAX_OPTION_LENGTH) {
                problems.add(new FieldProblem(field, "survey.question.options.tooLong", MAX_OPTION_LENGTH));
                return;
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field, "survey.question.options.duplicate", option));
                return;
            }
        }
    }
}
