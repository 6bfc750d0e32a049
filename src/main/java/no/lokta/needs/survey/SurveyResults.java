package no.lokta.needs.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The submitted answers of a survey, counted and summed in the database, per question and, when
 * split, per group. Groups with fewer responses than the survey's threshold hold no figures at all,
 * so no page, file or API answer can show them; if the whole survey has too few, nothing is shown.
 */
public record SurveyResults(
        SurveySummary survey,
        int threshold,
        Grouping grouping,
        Group total,
        List<Group> groups,
        List<QuestionResults> questions) {

    /** The key of the figures over all groups. */
    public static final String TOTAL = "";
    /** The group of responses outside any municipality, or without an answer to the grouping question. */
    public static final String OTHERS = "-";

    public SurveyResults {
        groups = List.copyOf(groups);
        questions = List.copyOf(questions);
    }

    /** A group: its key, its name (null for {@link #OTHERS}), how many responses it holds, and if hidden. */
    public record Group(String key, @Nullable String label, int responses, boolean hidden) {}

    /** Count of values, and for numbers their sum, least and largest. */
    public record Figures(
            int count,
            BigDecimal sum,
            @Nullable BigDecimal least,
            @Nullable BigDecimal largest) {

        public static final Figures NONE = new Figures(0, BigDecimal.ZERO, null, null);

        /** The figures of two parts together: counts and sums added, the least of the least, and so on. */
        public Figures plus(Figures other) {
            return new Figures(
                    count + other.count,
                    sum.add(other.sum),
                    pick(least, other.least, -1),
                    pick(largest, other.largest, 1));
        }

        private static @Nullable BigDecimal pick(@Nullable BigDecimal a, @Nullable BigDecimal b, int sign) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return a.compareTo(b) * sign >= 0 ? a : b;
        }

        public @Nullable BigDecimal mean() {
            return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }
    }

    /** A line of a question's table: a choice, a score, a matrix cell, or the single line of a number. */
    public record Line(
            String key,
            String label,
            @Nullable String rowLabel,
            @Nullable String columnLabel) {}

    /**
     * One question's results: how many responses answered it and the figures per line, each by group
     * key ({@link #TOTAL} for all); free-text answers in alphabetical order (so their order tells
     * nothing), at most a page of them, with the count of all.
     */
    public record QuestionResults(
            Survey.Question question,
            Map<String, Integer> answered,
            Map<String, Map<String, Figures>> figures,
            List<String> texts,
            int textCount) {

        public QuestionResults {
            answered = Map.copyOf(answered);
            figures = Map.copyOf(figures);
            texts = List.copyOf(texts);
        }

        public int answered(String group) {
            return answered.getOrDefault(group, 0);
        }

        public Figures at(String line, String group) {
            return figures.getOrDefault(line, Map.of()).getOrDefault(group, Figures.NONE);
        }

        public int count(String line, String group) {
            return at(line, group).count();
        }

        /** The share of those who answered the question that gave this line, in whole per cent. */
        public int percent(String line, String group) {
            int answered = answered(group);
            return answered == 0 ? 0 : Math.round(100f * count(line, group) / answered);
        }

        /** A matrix row's sum over its columns, for one group. */
        public BigDecimal rowSum(String rowKey, String group) {
            return question.columns().stream()
                    .map(c -> at(cell(rowKey, c.key()), group).sum())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A matrix column's sum over its rows, for one group. */
        public BigDecimal columnSum(String columnKey, String group) {
            return question.rows().stream()
                    .map(r -> at(cell(r.key(), columnKey), group).sum())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The lines of the question's table, in the order the respondent saw them. */
        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                    question.choices().forEach(c -> lines.add(new Line(c.key(), c.label(), null, null)));
                case SCALE -> {
                    for (int score = 1; score <= 5; score++) {
                        lines.add(new Line(String.valueOf(score), String.valueOf(score), null, null));
                    }
                }
                case NUMBER -> lines.add(new Line("", question.text(), null, null));
                case MATRIX -> {
                    for (Survey.Option r : question.rows()) {
                        for (Survey.Option c : question.columns()) {
                            lines.add(new Line(
                                    cell(r.key(), c.key()), r.label() + " – " + c.label(), r.label(), c.label()));
                        }
                    }
                }
                case SHORT_TEXT, LONG_TEXT -> {}
            }
            return lines;
        }

        public boolean text() {
            return question.kind() == QuestionKind.SHORT_TEXT || question.kind() == QuestionKind.LONG_TEXT;
        }
    }

    /** The line key of a matrix cell. */
    public static String cell(String rowKey, String columnKey) {
        return rowKey + "/" + columnKey;
    }

    /** True if the survey has too few responses to show anything. */
    public boolean hidden() {
        return total.hidden();
    }

    public List<Group> visibleGroups() {
        return groups.stream().filter(g -> !g.hidden()).toList();
    }

    public boolean anyHidden() {
        return groups.stream().anyMatch(Group::hidden);
    }
}
