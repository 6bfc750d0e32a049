package no.lokta.needs.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recipients of surveys, their responses and the answers, one statement per call. */
@Repository
class Recipients {

    private static final String SELECT = """
            select r.id, r.survey_id, s.collaboration_id, r.email, r.organisation_id, r.expires_on,
              p.changed_at, p.submitted_at
            from needs.survey_recipient r join needs.survey s on s.id = r.survey_id
              left join needs.survey_response p on p.recipient_id = r.id
            """;

    /** Counts per organisation (null: recipients outside one). */
    record Counts(@Nullable UUID organisationId, int recipients, int started, int submitted) {}

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a recipient unless the address has a link to this survey already; true if added. */
    boolean insert(
            UUID id,
            UUID surveyId,
            @Nullable UUID organisationId,
            @Nullable UUID accountId,
            String email,
            String tokenHash,
            LocalDate expiresOn,
            LocalDateTime now) {
        boolean added = jdbc.sql("""
                                insert into needs.survey_recipient (id, survey_id, organisation_id, account_id,
                                  email, expires_on, sent_at)
                                values (?, ?, ?, ?, ?, ?, ?) on conflict (survey_id, email) do nothing""")
                        .params(Arrays.asList(id, surveyId, organisationId, accountId, email, expiresOn, now))
                        .update()
                == 1;
        if (added) {
            addLink(id, tokenHash, now);
        }
        return added;
    }

    /** Another link to the same recipient; the earlier ones keep working. */
    void addLink(UUID recipientId, String tokenHash, LocalDateTime now) {
        jdbc.sql("insert into needs.survey_link (token_hash, recipient_id, issued_at) values (?, ?, ?)")
                .params(tokenHash, recipientId, now)
                .update();
    }

    /** Recipients of the survey who have not submitted and whose link has not expired. */
    List<Invitation> waiting(UUID surveyId, LocalDate today) {
        return jdbc.sql(SELECT
                        + " where r.survey_id = ? and p.submitted_at is null and r.expires_on >= ? order by r.email")
                .params(surveyId, today)
                .query(Recipients::row)
                .list();
    }

    void reminded(List<UUID> recipientIds, LocalDateTime now) {
        if (!recipientIds.isEmpty()) {
            jdbc.sql("""
                            update needs.survey_recipient set reminded_at = :now, reminders = reminders + 1
                            where id in (:ids)""").param("now", now).param("ids", recipientIds).update();
        }
    }

    Optional<Invitation> byTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " join needs.survey_link l on l.recipient_id = r.id where l.token_hash = ?")
                .param(tokenHash)
                .query(Recipients::row)
                .optional();
    }

    /** Locks the recipient's row, so that saves and the submit of one link come one at a time. */
    void lock(UUID recipientId) {
        jdbc.sql("select id from needs.survey_recipient where id = ? for update")
                .param(recipientId)
                .query(UUID.class)
                .optional();
    }

    List<Counts> counts(UUID surveyId) {
        return jdbc.sql("""
                        select r.organisation_id, count(*) as recipients, count(p.id) as started,
                          count(p.submitted_at) as submitted
                        from needs.survey_recipient r left join needs.survey_response p on p.recipient_id = r.id
                        where r.survey_id = ? group by r.organisation_id""")
                .param(surveyId)
                .query((rs, n) -> new Counts(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getInt("recipients"),
                        rs.getInt("started"),
                        rs.getInt("submitted")))
                .list();
    }

    int submittedCount(UUID surveyId) {
        return jdbc.sql("select count(*) from needs.survey_response where survey_id = ? and submitted_at is not null")
                .param(surveyId)
                .query(Integer.class)
                .single();
    }

    Optional<UUID> response(UUID recipientId) {
        return jdbc.sql("select id from needs.survey_response where recipient_id = ?")
                .param(recipientId)
                .query(UUID.class)
                .optional();
    }

    UUID startResponse(Invitation i, LocalDateTime now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into needs.survey_response (id, recipient_id, survey_id, organisation_id, started_at,
                          changed_at) values (?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(id, i.recipientId(), i.surveyId(), i.organisationId(), now, now))
                .update();
        return id;
    }

    void replaceAnswers(UUID responseId, List<Answer> answers, LocalDateTime now) {
        jdbc.sql("delete from needs.survey_answer where response_id = ?")
                .param(responseId)
                .update();
        for (Answer a : answers) {
            jdbc.sql("""
                            insert into needs.survey_answer (response_id, question_id, row_key, column_key, choice_key,
                              number_value, text_value) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(
                            responseId, a.questionId(), a.rowKey(), a.columnKey(), a.choiceKey(), a.number(), a.text()))
                    .update();
        }
        jdbc.sql("update needs.survey_response set changed_at = ? where id = ?")
                .params(now, responseId)
                .update();
    }

    void submit(UUID responseId, LocalDateTime now) {
        jdbc.sql("update needs.survey_response set submitted_at = ? where id = ?")
                .params(now, responseId)
                .update();
    }

    List<Answer> answers(UUID responseId) {
        return jdbc.sql("""
                        select question_id, row_key, column_key, choice_key, number_value, text_value
                        from needs.survey_answer where response_id = ?""")
                .param(responseId)
                .query((rs, n) -> new Answer(
                        rs.getObject("question_id", UUID.class),
                        rs.getString("row_key"),
                        rs.getString("column_key"),
                        rs.getString("choice_key"),
                        rs.getBigDecimal("number_value"),
                        rs.getString("text_value")))
                .list();
    }

    private static Invitation row(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed_at");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("survey_id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("email"),
                rs.getObject("organisation_id", UUID.class),
                rs.getDate("expires_on").toLocalDate(),
                changed == null ? null : changed.toLocalDateTime(),
                submitted == null ? null : submitted.toLocalDateTime());
    }
}
