package no.lokta.needs.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/**
 * The answers form of a survey: inputs named {@code q-<question id>} (a matrix cell
 * {@code q-<question id>-<row key>-<column key>}), read into {@link Answer}s and back. Problems are
 * reported under the question's input name, so a message stands at its question.
 */
public final class AnswerSheet {

    static final BigDecimal MAX_NUMBER = new BigDecimal("9999999");

    private AnswerSheet() {}

    public static String name(Survey.Question q) {
        return "q-" + q.id();
    }

    /** The answers given in the form; blank inputs give none. Values that cannot be are refused. */
    public static List<Answer> read(Survey survey, Map<String, List<String>> form) {
        List<Answer> answers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Survey.Section section : survey.sections()) {
            for (Survey.Question q : section.questions()) {
                String name = name(q);
                List<String> given = values(form, name);
                switch (q.kind()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                        Set<String> keys =
                                q.choices().stream().map(Survey.Option::key).collect(Collectors.toSet());
                        if (!keys.containsAll(given) || (q.kind() == QuestionKind.SINGLE_CHOICE && given.size() > 1)) {
                            problems.add(new FieldProblem(name, "survey.answer.unknownChoice"));
                        } else {
                            given.stream()
                                    .distinct()
                                    .forEach(k -> answers.add(new Answer(q.id(), "", "", k, null, null)));
                        }
                    }
                    case SCALE -> {
                        if (given.size() > 1 || !given.stream().allMatch(v -> v.matches("[1-5]"))) {
                            problems.add(new FieldProblem(name, "survey.answer.scale"));
                        } else {
                            given.forEach(v -> answers.add(new Answer(q.id(), "", "", "", new BigDecimal(v), null)));
                        }
                    }
                    case NUMBER ->
                        number(name, given, problems)
                                .ifPresent(n -> answers.add(new Answer(q.id(), "", "", "", n, null)));
                    case SHORT_TEXT, LONG_TEXT -> {
                        String text = String.join("\n", given).strip();
                        int max = q.kind() == QuestionKind.SHORT_TEXT ? 200 : 4000;
                        if (text.length() > max) {
                            problems.add(new FieldProblem(name, "form.tooLong", max));
                        } else if (!text.isEmpty()) {
                            answers.add(new Answer(q.id(), "", "", "", null, text));
                        }
                    }
                    case MATRIX -> {
                        // a bad cell is reported once, at the question
                        List<FieldProblem> cells = new ArrayList<>();
                        for (Survey.Option r : q.rows()) {
                            for (Survey.Option c : q.columns()) {
                                String cell = name + "-" + r.key() + "-" + c.key();
                                number(name, values(form, cell), cells)
                                        .ifPresent(n -> answers.add(new Answer(q.id(), r.key(), c.key(), "", n, null)));
                            }
                        }
                        if (!cells.isEmpty()) {
                            problems.add(cells.getFirst());
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return answers;
    }

    /** The required questions without an answer. */
    public static List<FieldProblem> missing(Survey survey, List<Answer> answers) {
        Set<java.util.UUID> answered = answers.stream().map(Answer::questionId).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (Survey.Section section : survey.sections()) {
            for (Survey.Question q : section.questions()) {
                if (q.required() && !answered.contains(q.id())) {
                    problems.add(new FieldProblem(name(q), "survey.answer.missing"));
                }
            }
        }
        return problems;
    }

    /** The answers as form values, to fill the inputs in again. */
    public static Map<String, List<String>> values(List<Answer> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Answer a : answers) {
            String name = "q-" + a.questionId() + (a.rowKey().isEmpty() ? "" : "-" + a.rowKey() + "-" + a.columnKey());
            String value = !a.choiceKey().isEmpty()
                    ? a.choiceKey()
                    : a.number() != null ? a.number().stripTrailingZeros().toPlainString() : String.valueOf(a.text());
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static List<String> values(Map<String, List<String>> form, String name) {
        return form.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .toList();
    }

    private static java.util.Optional<BigDecimal> number(String name, List<String> given, List<FieldProblem> problems) {
        if (given.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(given.getFirst().strip().replace(',', '.'));
            if (given.size() > 1 || n.signum() < 0 || n.compareTo(MAX_NUMBER) > 0 || n.scale() > 2) {
                problems.add(new FieldProblem(name, "survey.answer.number", MAX_NUMBER.toPlainString()));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(n);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "survey.answer.number", MAX_NUMBER.toPlainString()));
            return java.util.Optional.empty();
        }
    }
}
