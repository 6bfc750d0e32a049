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
 * free texts. With a grouping, grouping sets give the totals and the groups in the same pass.
 */
@Repository
class Results {

    /** Figures of one line of one question; {@code group} is null for the total over all groups. */
    record Row(
            UUID questionId,
            String line,
            @Nullable String group,
            int count,
            BigDecimal sum,
            @Nullable BigDecimal least,
            @Nullable BigDecimal largest) {}

    /** Responses that answered a question; {@code group} null for all. */
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
            case NONE -> "'-'";
            case MUNICIPALITY -> "coalesce(r.organisation_id::text, '-')";
            case QUESTION -> "coalesce(g.choice_key, '-')";
        };
    }

    /** The grouping question's answer, joined beside each response. */
    private static String groupJoin(Grouping g) {
        return g.kind() == Grouping.Kind.QUESTION
                ? " left join needs.survey_answer g on g.response_id = r.id and g.question_id = :by and g.row_key = ''"
                : "";
    }

    /** The group of an output row: null on the totals' rows. */
    private static String groupOut(Grouping g) {
        return g.split() ? "case when grouping(grp) = 0 then grp end" : "null::text";
    }

    private static String sets(Grouping g, String keys) {
        return g.split() ? "group by grouping sets ((" + keys + "), (" + keys + ", grp))" : "group by " + keys;
    }

    private JdbcClient.StatementSpec bind(String sql, UUID surveyId, Grouping g) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("survey", surveyId);
        return g.questionId() == null ? spec : spec.param("by", g.questionId());
    }

    List<Row> figures(UUID surveyId, Grouping g) {
        String sql = """
                select question_id, line, %s as grp,
                  count(*) as n, coalesce(sum(v), 0) as total, min(v) as least, max(v) as largest
                from (
                  select a.question_id, a.number_value as v, %s as grp,
                    case q.kind when 'SCALE' then a.number_value::int::text
                      when 'MATRIX' then a.row_key || '/' || a.column_key else a.choice_key end as line
                  %s join needs.survey_question q on q.id = a.question_id %s
                  where r.survey_id = :survey and r.submitted_at is not null and a.text_value is null
                ) x
                %s
                """.formatted(groupOut(g), group(g), SUBMITTED, groupJoin(g), sets(g, "question_id, line"));
        return bind(sql, surveyId, g)
                .query((rs, n) -> new Row(
                        rs.getObject("question_id", UUID.class),
                        rs.getString("line"),
                        g.split() ? rs.getString("grp") : null,
                        rs.getInt("n"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("least"),
                        rs.getBigDecimal("largest")))
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
                select question_id, %s as grp, count(*) as n
                from (
                  select a.question_id, a.response_id, %s as grp
                  %s %s
                  where r.survey_id = :survey and r.submitted_at is not null and a.question_id = any(:questions)
                  group by a.question_id, a.response_id, 3
                ) x
                %s
                """.formatted(groupOut(g), group(g), SUBMITTED, groupJoin(g), sets(g, "question_id"));
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
                .query((rs, n) -> new GroupSize(rs.getString("grp"), rs.getInt("n")))
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
