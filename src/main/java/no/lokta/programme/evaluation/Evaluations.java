package no.lokta.programme.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.programme.ProgrammeCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluation invitations and answers; a link is found by the SHA-256 of its secret. */
@Repository
class Evaluations {

    record Link(UUID registrationId, UUID activityId, boolean answered) {}

    /** Someone who attended at least one session of the activity. */
    record Attendee(UUID registrationId, String email, boolean invited) {}

    private final JdbcClient jdbc;

    private final ProgrammeCache cache;

    Evaluations(JdbcClient jdbc, ProgrammeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** Locks the activity's row and tells its status, if it is the collaboration's. */
    Optional<String> lockActivity(UUID collaborationId, UUID activityId) {
        return jdbc.sql("select status from programme.activity where id = ? and collaboration_id = ? for update")
                .params(activityId, collaborationId)
                .query(String.class)
                .optional();
    }

    void complete(UUID activityId) {
        cache.changed();
        jdbc.sql("update programme.activity set status = 'COMPLETED' where id = ?")
                .param(activityId)
                .update();
    }

    List<Attendee> attendees(UUID activityId) {
        return jdbc.sql("""
                        select r.id as registration_id, r.email,
                          exists (select 1 from programme.evaluation e where e.registration_id = r.id) as invited
                        from programme.registration r
                        where r.activity_id = ? and exists (select 1 from programme.attendance a
                          where a.registration_id = r.id and a.present)
                        order by r.sequence""").param(activityId).query(Attendee.class).list();
    }

    void invite(UUID registrationId, UUID activityId, String tokenHash, LocalDateTime now) {
        jdbc.sql("""
                        insert into programme.evaluation (registration_id, activity_id, token_hash, sent_at)
                        values (?, ?, ?, ?)""").params(registrationId, activityId, tokenHash, now).update();
    }

    Optional<Link> link(String tokenHash, boolean lock) {
        return jdbc.sql("select registration_id, activity_id, answered_at is not null as answered"
                        + " from programme.evaluation where token_hash = ?" + (lock ? " for update" : ""))
                .param(tokenHash)
                .query(Link.class)
                .optional();
    }

    void answer(UUID registrationId, EvaluationAnswer answer, LocalDateTime now) {
        jdbc.sql("""
                        update programme.evaluation set overall = ?, usefulness = ?, comment = ?, answered_at = ?
                        where registration_id = ? and answered_at is null""")
                .params(answer.overall(), answer.usefulness(), answer.comment(), now, registrationId)
                .update();
    }

    int invited(UUID activityId) {
        return jdbc.sql("select count(*) from programme.evaluation where activity_id = ?")
                .param(activityId)
                .query(Integer.class)
                .single();
    }

    /** Counts per score (index 0 is score 1) of a column: overall or usefulness. */
    int[] counts(UUID activityId, String column) {
        int[] counts = new int[5];
        String sql = "overall".equals(column)
                ? "select overall as score, count(*) as n from programme.evaluation"
                        + " where activity_id = ? and answered_at is not null group by overall"
                : "select usefulness as score, count(*) as n from programme.evaluation"
                        + " where activity_id = ? and answered_at is not null group by usefulness";
        jdbc.sql(sql).param(activityId).query(rs -> {
            counts[rs.getInt("score") - 1] = rs.getInt("n");
        });
        return counts;
    }

    /** The comments, ordered by their text so that the order of answering does not show. */
    List<String> comments(UUID activityId) {
        return new ArrayList<>(
                jdbc.sql("""
                        select comment from programme.evaluation
                        where activity_id = ? and answered_at is not null and comment <> '' order by comment""").param(activityId).query(String.class).list());
    }
}
