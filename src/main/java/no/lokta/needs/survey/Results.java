package no.lokta.needs.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Results of a survey aggregated in SQL over its submitted responses, in one statement each: the
 * figures per question and line, how many answered each question, the size of each group and the
 * free texts. With a grouping, the statements give one row per group; every response belongs to
 * exactly one group, so the totals are the groups added up (one pass instead of two).
 */
@Repository
class Results {

    /** Figures of one line of one question in one group; {@code group} is null when not split. */
    record Row(
            UUID questionId,
            String line,
            @Nullable String group,
            int count,
            BigDecimal sum,
            @Nullable BigDecimal least,
            @Nullable BigDecimal largest) {}

    /** Responses that answered a question in one group; {@code group} null when not split. */
    record Answered(UUID questionId, @Nullable String group, int responses) {}

    record GroupSize(String group, int responses) {}

    record Text(UUID questionId, String text, int count) {}

    private final JdbcClient jdbc;

    Results(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SUBMITTED = """
            from needs.survey_response r
              join needs.survey_answer a on a.response_id = r.id
            """;

    private static String group(Grouping g) {
        return switch (g.kind()) {
            case NONE -> "null::text";
            case MUNICIPALITY -> "r.organisation_id";
            case QUESTION -> "g.choice_key";
        };
    }

    /** A group's key as read: null when not split, {@link SurveyResults#OTHERS} for no group. */
    private static @Nullable String group(Grouping g, @Nullable String value) {
        return !g.split() ? null : value == null ? SurveyResults.OTHERS : value;
    }

    /**
     * For this transaction only: the aggregates of a large survey hashed in memory rather than
     * sorted. The planner expects as many groups as the product of the keys' distinct values and so
     * sorts the 500 000 rows on their text keys (1.5 s on the generated survey, where hashing the same
     * rows into the 1 400 groups there are takes 0.4 s; docs/performance.md). A sort that cannot be
     * avoided (the free texts' order) still happens; these settings only make it look dear.
     */
    void roomForAggregates() {
        jdbc.sql("""
                        select set_config('work_mem', '32MB', true), set_config('enable_sort', 'off', true),
                          set_config('enable_incremental_sort', 'off', true)""").query((rs, n) -> n).list();
    }

    /** The grouping question's answer, joined beside each response. */
    private static String groupJoin(Grouping g) {
        return g.kind() == Grouping.Kind.QUESTION
                ? " left join needs.survey_answer g on g.response_id = r.id and g.question_id = :by and g.row_key = ''"
                : "";
    }

    private JdbcClient.StatementSpec bind(String sql, UUID surveyId, Grouping g) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("survey", surveyId);
        return g.questionId() == null ? spec : spec.param("by", g.questionId());
    }

    /**
     * The figures per question, line and group (the group null when not split): raw keys only, no
     * text built per row, so that the database hashes small values; the caller adds the groups up
     * into totals.
     */
    List<Row> figures(UUID surveyId, Grouping g) {
        String sql = """
                select a.question_id, a.row_key, a.column_key, a.choice_key,
                  case when q.kind = 'SCALE' then a.number_value end as score, %s as grp,
                  count(*) as n, coalesce(sum(a.number_value), 0) as total, min(a.number_value) as least,
                  max(a.number_value) as largest
                %s join needs.survey_question q on q.id = a.question_id %s
                where r.survey_id = :survey and r.submitted_at is not null and a.text_value is null
                group by 1, 2, 3, 4, 5, 6
                """.formatted(group(g), SUBMITTED, groupJoin(g));
        return bind(sql, surveyId, g)
                .query((rs, n) -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    String row = rs.getString("row_key");
                    String line = score != null
                            ? String.valueOf(score.intValue())
                            : row.isEmpty() ? rs.getString("choice_key") : row + "/" + rs.getString("column_key");
                    return new Row(
                            rs.getObject("question_id", UUID.class),
                            line,
                            group(g, rs.getString("grp")),
                            rs.getInt("n"),
                            rs.getBigDecimal("total"),
                            rs.getBigDecimal("least"),
                            rs.getBigDecimal("largest"));
                })
                .list();
    }

    /**
     * Responses that answered each of the given questions (those that take several values: a
     * multiple choice, a matrix); distinct responses counted in two steps, since a hash aggregate of
     * (question, response) is far cheaper than a sorted count of distinct values.
     */
    List<Answered> answered(UUID surveyId, Grouping g, List<UUID> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                select question_id, grp, count(*) as n
                from (
                  select a.question_id, a.response_id, %s as grp
                  %s %s
                  where r.survey_id = :survey and r.submitted_at is not null and a.question_id = any(:questions)
                  group by a.question_id, a.response_id, 3
                ) x
                group by question_id, grp
                """.formatted(group(g), SUBMITTED, groupJoin(g));
        return bind(sql, surveyId, g)
                .param("questions", questionIds.toArray(UUID[]::new))
                .query((rs, n) -> new Answered(
                        rs.getObject("question_id", UUID.class),
                        g.split() ? rs.getString("grp") : null,
                        rs.getInt("n")))
                .list();
    }

    List<GroupSize> groupSizes(UUID surveyId, Grouping g) {
        String sql = """
                select %s as grp, count(*) as n from needs.survey_response r %s
                where r.survey_id = :survey and r.submitted_at is not null group by 1
                """.formatted(group(g), groupJoin(g));
        return bind(sql, surveyId, g)
                .query((rs, n) ->
                        new GroupSize(java.util.Objects.requireNonNull(group(g, rs.getString("grp"))), rs.getInt("n")))
                .list();
    }

    /**
     * Up to {@code perQuestion} free texts per question of those given, alphabetically, with the count
     * of all; found through the index of text answers.
     */
    List<Text> texts(UUID surveyId, List<UUID> questionIds, int perQuestion) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select question_id, text_value, n from (
                          select a.question_id, a.text_value, count(*) over (partition by a.question_id) as n,
                            row_number() over (partition by a.question_id order by a.text_value) as k
                          from needs.survey_answer a join needs.survey_response r on r.id = a.response_id
                          where a.question_id = any(:questions) and a.text_value is not null
                            and r.survey_id = :survey and r.submitted_at is not null
                        ) x where k <= :limit order by question_id, k""")
                .param("survey", surveyId)
                .param("questions", questionIds.toArray(UUID[]::new))
                .param("limit", perQuestion)
                .query((rs, n) ->
                        new Text(rs.getObject("question_id", UUID.class), rs.getString("text_value"), rs.getInt("n")))
                .list();
    }
}
