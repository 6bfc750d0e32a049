package no.lokta.needs.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Surveys, their sections, questions and options, one statement per call. */
@Repository
class Surveys {

    private static final String SELECT = """
            select s.id, s.collaboration_id, s.title, s.introduction, s.status, s.created_at, s.published_at,
              s.purpose, s.activity_id,
              (select count(*) from needs.survey_section x where x.survey_id = s.id) as sections,
              (select count(*) from needs.survey_question q join needs.survey_section x on x.id = q.section_id
                where x.survey_id = s.id) as questions
            from needs.survey s
            """;

    /** Where a section or question sits: its survey and collaboration. */
    record Place(UUID surveyId, UUID collaborationId, UUID sectionId) {}

    private final JdbcClient jdbc;

    Surveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- surveys

    void insert(UUID id, UUID collaborationId, SurveyCommand c, @Nullable UUID copiedFrom, LocalDateTime now) {
        jdbc.sql("""
                        insert into needs.survey (id, collaboration_id, title, introduction, status, copied_from,
                          created_at)
                        values (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(Arrays.asList(id, collaborationId, c.title(), c.introduction(), copiedFrom, now))
                .update();
    }

    /** Makes a new survey the collaboration's evaluation template, or the evaluation of an activity. */
    void purpose(UUID id, SurveyPurpose purpose, @Nullable UUID activityId) {
        jdbc.sql("update needs.survey set purpose = ?, activity_id = ? where id = ?")
                .params(Arrays.asList(purpose.name(), activityId, id))
                .update();
    }

    Optional<UUID> evaluationTemplate(UUID collaborationId) {
        return jdbc.sql("select id from needs.survey where collaboration_id = ? and purpose = 'EVALUATION_TEMPLATE'")
                .param(collaborationId)
                .query(UUID.class)
                .optional();
    }

    Optional<UUID> evaluationOf(UUID collaborationId, UUID activityId) {
        return jdbc.sql("select id from needs.survey where collaboration_id = ? and activity_id = ?")
                .params(collaborationId, activityId)
                .query(UUID.class)
                .optional();
    }

    void update(UUID id, SurveyCommand c) {
        jdbc.sql("update needs.survey set title = ?, introduction = ? where id = ?")
                .params(c.title(), c.introduction(), id)
                .update();
    }

    void publish(UUID id, LocalDateTime now) {
        jdbc.sql("update needs.survey set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(now, id)
                .update();
    }

    int threshold(UUID id) {
        return jdbc.sql("select anonymity_threshold from needs.survey where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    void setThreshold(UUID id, int threshold) {
        jdbc.sql("update needs.survey set anonymity_threshold = ? where id = ?")
                .params(threshold, id)
                .update();
    }

    /** Locks the survey's row until the transaction ends, so edits and publishing come one at a time. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from needs.survey where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<SurveySummary> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(id)
                .query(Surveys::row)
                .optional();
    }

    List<SurveySummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where s.collaboration_id = ? order by s.created_at desc, s.title")
                .param(collaborationId)
                .query(Surveys::row)
                .list();
    }

    /** The survey's sections with their questions and options, in order. */
    List<Survey.Section> sections(UUID surveyId) {
        Map<UUID, List<Survey.Option>> choices = new LinkedHashMap<>();
        Map<UUID, List<Survey.Option>> rows = new LinkedHashMap<>();
        Map<UUID, List<Survey.Option>> columns = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.question_id, o.axis, o.key, o.label from needs.survey_option o
                          join needs.survey_question q on q.id = o.question_id
                          join needs.survey_section x on x.id = q.section_id
                        where x.survey_id = ? order by o.question_id, o.axis, o.position""").param(surveyId).query(rs -> {
            Map<UUID, List<Survey.Option>> target =
                    switch (rs.getString("axis")) {
                        case "ROW" -> rows;
                        case "COLUMN" -> columns;
                        default -> choices;
                    };
            target.computeIfAbsent(rs.getObject("question_id", UUID.class), k -> new ArrayList<>())
                    .add(new Survey.Option(rs.getString("key"), rs.getString("label")));
        });
        Map<UUID, List<Survey.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        select q.id, q.section_id, q.position, q.kind, q.text, q.help_text, q.required
                        from needs.survey_question q join needs.survey_section x on x.id = q.section_id
                        where x.survey_id = ? order by q.position""").param(surveyId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID sectionId = rs.getObject("section_id", UUID.class);
            questions
                    .computeIfAbsent(sectionId, k -> new ArrayList<>())
                    .add(new Survey.Question(
                            id,
                            sectionId,
                            rs.getInt("position"),
                            QuestionKind.valueOf(rs.getString("kind")),
                            rs.getString("text"),
                            rs.getString("help_text"),
                            rs.getBoolean("required"),
                            choices.getOrDefault(id, List.of()),
                            rows.getOrDefault(id, List.of()),
                            columns.getOrDefault(id, List.of())));
        });
        return jdbc.sql("""
                        select id, position, title, description from needs.survey_section
                        where survey_id = ? order by position""")
                .param(surveyId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Survey.Section(
                            id,
                            rs.getInt("position"),
                            rs.getString("title"),
                            rs.getString("description"),
                            questions.getOrDefault(id, List.of()));
                })
                .list();
    }

    // --- sections

    void insertSection(UUID id, UUID surveyId, SectionCommand c) {
        jdbc.sql("""
                        insert into needs.survey_section (id, survey_id, position, title, description)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from needs.survey_section
                          where survey_id = ?), ?, ?)""").params(id, surveyId, surveyId, c.title(), c.description()).update();
    }

    void updateSection(UUID id, SectionCommand c) {
        jdbc.sql("update needs.survey_section set title = ?, description = ? where id = ?")
                .params(c.title(), c.description(), id)
                .update();
    }

    void deleteSection(UUID surveyId, UUID id) {
        jdbc.sql("""
                        with gone as (delete from needs.survey_section where id = ? returning position)
                        update needs.survey_section set position = position - 1
                        where survey_id = ? and position > (select position from gone)""").params(id, surveyId).update();
    }

    /** Swaps the section with its neighbour above (-1) or below (+1), if it has one. */
    void moveSection(UUID surveyId, UUID id, int direction) {
        jdbc.sql("""
                        with me as (select position from needs.survey_section where id = ?),
                          other as (select id, position from needs.survey_section
                            where survey_id = ? and position = (select position from me) + ?)
                        update needs.survey_section s
                          set position = case when s.id = ? then (select position from other)
                            else (select position from me) end
                        where exists (select 1 from other) and (s.id = ? or s.id = (select id from other))""").params(id, surveyId, direction, id, id).update();
    }

    Optional<Place> section(UUID sectionId) {
        return jdbc.sql("""
                        select x.survey_id, s.collaboration_id, x.id as section_id from needs.survey_section x
                          join needs.survey s on s.id = x.survey_id where x.id = ?""").param(sectionId).query(Surveys::place).optional();
    }

    // --- questions

    void insertQuestion(UUID id, UUID sectionId, QuestionCommand c) {
        jdbc.sql("""
                        insert into needs.survey_question (id, section_id, position, kind, text, help_text, required)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from needs.survey_question
                          where section_id = ?), ?, ?, ?, ?)""")
                .params(id, sectionId, sectionId, c.kind().name(), c.text(), c.helpText(), c.required())
                .update();
        insertOptions(id, c);
    }

    void updateQuestion(UUID id, QuestionCommand c) {
        jdbc.sql("update needs.survey_question set kind = ?, text = ?, help_text = ?, required = ? where id = ?")
                .params(c.kind().name(), c.text(), c.helpText(), c.required(), id)
                .update();
        jdbc.sql("delete from needs.survey_option where question_id = ?")
                .param(id)
                .update();
        insertOptions(id, c);
    }

    private void insertOptions(UUID questionId, QuestionCommand c) {
        insertOptions(questionId, "CHOICE", "c", c.choices());
        insertOptions(questionId, "ROW", "r", c.rows());
        insertOptions(questionId, "COLUMN", "k", c.columns());
    }

    private void insertOptions(UUID questionId, String axis, String prefix, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            jdbc.sql("""
                            insert into needs.survey_option (question_id, axis, position, key, label)
                            values (?, ?, ?, ?, ?)""")
                    .params(questionId, axis, i + 1, prefix + (i + 1), labels.get(i))
                    .update();
        }
    }

    void deleteQuestion(UUID sectionId, UUID id) {
        jdbc.sql("""
                        with gone as (delete from needs.survey_question where id = ? returning position)
                        update needs.survey_question set position = position - 1
                        where section_id = ? and position > (select position from gone)""").params(id, sectionId).update();
    }

    /** Swaps the question with its neighbour above (-1) or below (+1) in its section, if any. */
    void moveQuestion(UUID sectionId, UUID id, int direction) {
        jdbc.sql("""
                        with me as (select position from needs.survey_question where id = ?),
                          other as (select id, position from needs.survey_question
                            where section_id = ? and position = (select position from me) + ?)
                        update needs.survey_question q
                          set position = case when q.id = ? then (select position from other)
                            else (select position from me) end
                        where exists (select 1 from other) and (q.id = ? or q.id = (select id from other))""").params(id, sectionId, direction, id, id).update();
    }

    Optional<Place> question(UUID questionId) {
        return jdbc.sql("""
                        select x.survey_id, s.collaboration_id, x.id as section_id from needs.survey_question q
                          join needs.survey_section x on x.id = q.section_id
                          join needs.survey s on s.id = x.survey_id where q.id = ?""").param(questionId).query(Surveys::place).optional();
    }

    private static Place place(ResultSet rs, int n) throws SQLException {
        return new Place(
                rs.getObject("survey_id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("section_id", UUID.class));
    }

    private static SurveySummary row(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new SurveySummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"),
                rs.getString("introduction"),
                SurveyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toLocalDateTime(),
                published == null ? null : published.toLocalDateTime(),
                rs.getInt("sections"),
                rs.getInt("questions"),
                SurveyPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("activity_id", UUID.class));
    }
}
