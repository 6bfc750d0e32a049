package no.lokta.knowledge.consultant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice consultants of a collaboration. */
@Repository
class Consultants {

    private static final String SELECT = """
            select c.id, c.name, c.profession, c.hospital_trust_id, o.name as hospital_trust_name, c.department,
              c.position_percent, c.coordinator, c.leader, c.from_date, c.to_date
            from knowledge.practice_consultant c join member.organisation o on o.id = c.hospital_trust_id
            """;

    private final JdbcClient jdbc;

    Consultants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsultantSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? order by o.name, c.leader desc, c.coordinator desc,"
                        + " lower(c.name)")
                .param(collaborationId)
                .query(ConsultantSummary.class)
                .list();
    }

    Optional<ConsultantSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? and c.id = ?")
                .params(collaborationId, id)
                .query(ConsultantSummary.class)
                .optional();
    }

    void insert(UUID id, UUID collaborationId, ConsultantCommand c) {
        jdbc.sql("""
                        insert into knowledge.practice_consultant (id, collaboration_id, name, profession,
                          hospital_trust_id, department, position_percent, coordinator, leader, from_date, to_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.name(),
                        c.profession().name(),
                        c.hospitalTrustId(),
                        c.department(),
                        c.positionPercent(),
                        c.coordinator(),
                        c.leader(),
                        c.fromDate(),
                        c.toDate()))
                .update();
    }

    void update(UUID id, ConsultantCommand c) {
        jdbc.sql("""
                        update knowledge.practice_consultant set name = ?, profession = ?, hospital_trust_id = ?,
                          department = ?, position_percent = ?, coordinator = ?, leader = ?, from_date = ?, to_date = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.name(),
                        c.profession().name(),
                        c.hospitalTrustId(),
                        c.department(),
                        c.positionPercent(),
                        c.coordinator(),
                        c.leader(),
                        c.fromDate(),
                        c.toDate(),
                        id))
                .update();
    }
}
