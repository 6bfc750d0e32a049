package no.lokta.project.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls for development funds, each read with the sum awarded from it and its number of applications. */
@Repository
class Calls {

    private static final String SELECT = """
            select c.*,
              (select coalesce(sum(a.awarded_ore), 0) from project.fund_application a
                where a.call_id = c.id and a.decision = 'AWARDED') as awarded_ore,
              (select count(*) from project.fund_application a where a.call_id = c.id) as applications
            from project.fund_call c
            """;

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, CallCommand c) {
        jdbc.sql("""
                        insert into project.fund_call (id, collaboration_id, title, description, criteria, pot_ore,
                          opens_on, deadline, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT')""")
                .params(
                        id,
                        collaborationId,
                        c.title(),
                        c.description(),
                        c.criteria(),
                        c.pot().ore(),
                        c.opensOn(),
                        c.deadline())
                .update();
    }

    void update(UUID id, CallCommand c) {
        jdbc.sql("""
                        update project.fund_call set title = ?, description = ?, criteria = ?, pot_ore = ?,
                          opens_on = ?, deadline = ?
                        where id = ?""")
                .params(c.title(), c.description(), c.criteria(), c.pot().ore(), c.opensOn(), c.deadline(), id)
                .update();
    }

    void status(UUID id, CallStatus status) {
        jdbc.sql("update project.fund_call set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    /**
     * Locks the call's row until the transaction ends, so that awards from its pot are decided one
     * at a time; returns its collaboration.
     */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from project.fund_call where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<CallSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Calls::row).optional();
    }

    List<CallSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? order by c.deadline desc, c.title")
                .param(collaborationId)
                .query(Calls::row)
                .list();
    }

    /** The calls members may see: never drafts. */
    List<CallSummary> published(UUID collaborationId) {
        return jdbc.sql(SELECT
                        + " where c.collaboration_id = ? and c.status <> 'DRAFT' order by c.deadline desc, c.title")
                .param(collaborationId)
                .query(Calls::row)
                .list();
    }

    private static CallSummary row(ResultSet rs, int n) throws SQLException {
        return new CallSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("criteria"),
                new Nok(rs.getLong("pot_ore")),
                new Nok(rs.getLong("awarded_ore")),
                rs.getDate("opens_on").toLocalDate(),
                rs.getDate("deadline").toLocalDate(),
                CallStatus.valueOf(rs.getString("status")),
                rs.getInt("applications"));
    }
}
