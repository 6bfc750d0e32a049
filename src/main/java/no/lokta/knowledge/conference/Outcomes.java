package no.lokta.knowledge.conference;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcomes of a collaboration's dialogue conferences. */
@Repository
class Outcomes {

    private final JdbcClient jdbc;

    Outcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OutcomeSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql("""
                        select id, activity_id, text, field, responsible, status, follow_up
                        from knowledge.conference_outcome where collaboration_id = ? order by created_at, text""").param(collaborationId).query(OutcomeSummary.class).list();
    }

    void insert(UUID id, UUID collaborationId, UUID activityId, OutcomeCommand c) {
        jdbc.sql("""
                        insert into knowledge.conference_outcome (id, collaboration_id, activity_id, text, field,
                          responsible, status, follow_up) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        collaborationId,
                        activityId,
                        c.text(),
                        c.field().name(),
                        c.responsible(),
                        c.status().name(),
                        c.followUp())
                .update();
    }

    boolean update(UUID collaborationId, UUID activityId, UUID id, OutcomeCommand c) {
        return jdbc.sql("""
                                update knowledge.conference_outcome set text = ?, field = ?, responsible = ?, status = ?,
                                  follow_up = ? where id = ? and activity_id = ? and collaboration_id = ?""")
                        .params(
                                c.text(),
                                c.field().name(),
                                c.responsible(),
                                c.status().name(),
                                c.followUp(),
                                id,
                                activityId,
                                collaborationId)
                        .update()
                == 1;
    }
}
