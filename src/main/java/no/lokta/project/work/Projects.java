package no.lokta.project.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects with their participants, one statement per read. */
@Repository
class Projects {

    private static final String SELECT = """
            select p.id, p.collaboration_id, p.name, p.purpose, p.owner_id, o.name as owner_name, p.leader,
              p.steering_group, p.phase, p.starts_on, p.ends_on, p.matching_share,
              array(select x.organisation_id from project.participant x join member.organisation m
                on m.id = x.organisation_id where x.project_id = p.id order by m.name) as participant_ids,
              array(select m.name from project.participant x join member.organisation m
                on m.id = x.organisation_id where x.project_id = p.id order by m.name) as participant_names
            from project.project p left join member.organisation o on o.id = p.owner_id
            """;

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProjectSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where p.collaboration_id = ? order by p.starts_on desc, lower(p.name)")
                .param(collaborationId)
                .query(Projects::map)
                .list();
    }

    Optional<ProjectSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where p.id = ? and p.collaboration_id = ?")
                .params(id, collaborationId)
                .query(Projects::map)
                .optional();
    }

    /** Locks the project's row: changes to one project's money and parts are taken one at a time. */
    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from project.project where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void insert(UUID id, UUID collaborationId, ProjectCommand c) {
        jdbc.sql("""
                        insert into project.project (id, collaboration_id, name, purpose, owner_id, leader,
                          steering_group, phase, starts_on, ends_on, matching_share)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.name(),
                        c.purpose(),
                        c.ownerId(),
                        c.leader(),
                        c.steeringGroup(),
                        c.phase().name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.matchingShare()))
                .update();
        participants(id, c);
    }

    void update(UUID id, ProjectCommand c) {
        jdbc.sql("""
                        update project.project set name = ?, purpose = ?, owner_id = ?, leader = ?,
                          steering_group = ?, phase = ?, starts_on = ?, ends_on = ?, matching_share = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.name(),
                        c.purpose(),
                        c.ownerId(),
                        c.leader(),
                        c.steeringGroup(),
                        c.phase().name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.matchingShare(),
                        id))
                .update();
        jdbc.sql("delete from project.participant where project_id = ?")
                .param(id)
                .update();
        participants(id, c);
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.project where id = ?").param(id).update();
    }

    private void participants(UUID id, ProjectCommand c) {
        c.participantIds()
                .forEach(org -> jdbc.sql("insert into project.participant (project_id, organisation_id) values (?, ?)")
                        .params(id, org)
                        .update());
    }

    private static ProjectSummary map(ResultSet rs, int n) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("participant_ids").getArray();
        String[] names = (String[]) rs.getArray("participant_names").getArray();
        List<ProjectSummary.Party> participants = java.util.stream.IntStream.range(0, ids.length)
                .mapToObj(i -> new ProjectSummary.Party(ids[i], names[i]))
                .toList();
        return new ProjectSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"),
                participants,
                rs.getString("leader"),
                rs.getString("steering_group"),
                ProjectPhase.valueOf(rs.getString("phase")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getBigDecimal("matching_share"));
    }
}
