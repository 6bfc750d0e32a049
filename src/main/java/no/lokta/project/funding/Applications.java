package no.lokta.project.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grant applications of a collaboration's projects. */
@Repository
class Applications {

    private static final String SELECT = """
            select a.id, a.project_id, p.name as project_name, a.funder_id, f.name as funder_name, a.scheme, a.year,
              a.applied_ore, a.deadline, a.status, a.submitted_on, a.granted_ore, a.granted_on, a.conditions, a.note
            from project.application a join project.project p on p.id = a.project_id
              join project.funder f on f.id = a.funder_id
            """;

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where p.collaboration_id = ? order by a.deadline, p.name")
                .param(collaborationId)
                .query(Applications::map)
                .list();
    }

    List<ApplicationSummary> ofProject(UUID projectId) {
        return jdbc.sql(SELECT + " where a.project_id = ? order by a.year, a.deadline")
                .param(projectId)
                .query(Applications::map)
                .list();
    }

    Optional<ApplicationSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? and p.collaboration_id = ?")
                .params(id, collaborationId)
                .query(Applications::map)
                .optional();
    }

    void insert(UUID id, UUID projectId, ApplicationCommand c) {
        jdbc.sql("""
                        insert into project.application (id, project_id, funder_id, scheme, year, applied_ore, deadline,
                          status) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED')""")
                .params(
                        id,
                        projectId,
                        c.funderId(),
                        c.scheme(),
                        c.year(),
                        c.applied().ore(),
                        c.deadline())
                .update();
    }

    void update(UUID id, ApplicationCommand c) {
        jdbc.sql("""
                        update project.application set funder_id = ?, scheme = ?, year = ?, applied_ore = ?,
                          deadline = ? where id = ?""")
                .params(c.funderId(), c.scheme(), c.year(), c.applied().ore(), c.deadline(), id)
                .update();
    }

    void submitted(UUID id, LocalDate on) {
        jdbc.sql("update project.application set status = 'SUBMITTED', submitted_on = ? where id = ?")
                .params(on, id)
                .update();
    }

    void granted(UUID id, GrantDecision d) {
        jdbc.sql("""
                        update project.application set status = 'GRANTED', granted_ore = ?, granted_on = ?,
                          conditions = ?, note = ?, submitted_on = coalesce(submitted_on, ?) where id = ?""")
                .params(d.granted().ore(), d.grantedOn(), d.conditions(), d.note(), d.grantedOn(), id)
                .update();
    }

    void rejected(UUID id, String note) {
        jdbc.sql("""
                        update project.application set status = 'REJECTED', granted_ore = null, granted_on = null,
                          note = ? where id = ?""").params(note, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.application where id = ?").param(id).update();
    }

    private static ApplicationSummary map(ResultSet rs, int n) throws SQLException {
        return new ApplicationSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("project_name"),
                rs.getObject("funder_id", UUID.class),
                rs.getString("funder_name"),
                rs.getString("scheme"),
                rs.getInt("year"),
                new Nok(rs.getLong("applied_ore")),
                rs.getObject("deadline", LocalDate.class),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_on", LocalDate.class),
                FundingLines.nok(rs, "granted_ore"),
                rs.getObject("granted_on", LocalDate.class),
                rs.getString("conditions"),
                rs.getString("note"));
    }
}
