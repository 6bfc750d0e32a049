package no.lokta.project.help;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for help and their time logs. */
@Repository
class HelpRequests {

    private static final String SELECT = """
            select r.*, o.name as organisation_name
            from project.help_request r join member.organisation o on o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;

    HelpRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, HelpRequestCommand c, LocalDate receivedOn) {
        jdbc.sql("""
                        insert into project.help_request (id, collaboration_id, organisation_id, asker_name, asker_email,
                          subject, description, kind, status, received_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?)""")
                .params(
                        id,
                        collaborationId,
                        c.organisationId(),
                        c.askerName(),
                        c.askerEmail(),
                        c.subject(),
                        c.description(),
                        c.kind().name(),
                        receivedOn)
                .update();
    }

    void handling(UUID id, HandlingCommand c) {
        jdbc.sql("update project.help_request set status = ?, outcome = ? where id = ?")
                .params(c.status().name(), c.outcome(), id)
                .update();
    }

    void log(UUID id, UUID requestId, TimeEntryCommand c, String loggedBy) {
        jdbc.sql("""
                        insert into project.help_time (id, request_id, worked_on, hours, note, logged_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, requestId, c.workedOn(), c.hours(), c.note(), loggedBy)
                .update();
    }

    /** Locks the request's row until the transaction ends; returns its collaboration. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from project.help_request where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<HelpRequestSummary> find(UUID id) {
        List<HelpRequestSummary.TimeEntry> entries = entries(id);
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query((rs, n) -> row(rs, entries))
                .optional();
    }

    /** The requests of the collaboration, or of one organisation in it; the newest first. */
    List<HelpRequestSummary> of(UUID collaborationId, @Nullable UUID organisationId) {
        String where = organisationId == null
                ? " where r.collaboration_id = ?"
                : " where r.collaboration_id = ? and r.organisation_id = ?";
        Map<UUID, List<HelpRequestSummary.TimeEntry>> entries = entriesOf(collaborationId);
        var statement = jdbc.sql(SELECT + where + " order by r.received_on desc, r.created_at desc")
                .param(collaborationId);
        if (organisationId != null) {
            statement = statement.param(organisationId);
        }
        return statement
                .query((rs, n) -> row(rs, entries.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private List<HelpRequestSummary.TimeEntry> entries(UUID requestId) {
        return jdbc.sql("""
                        select id, worked_on, hours, note, logged_by from project.help_time
                        where request_id = ? order by worked_on, logged_at""").param(requestId).query((rs, n) -> entry(rs)).list();
    }

    private Map<UUID, List<HelpRequestSummary.TimeEntry>> entriesOf(UUID collaborationId) {
        Map<UUID, List<HelpRequestSummary.TimeEntry>> byRequest = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.* from project.help_time t join project.help_request r on r.id = t.request_id
                        where r.collaboration_id = ? order by t.worked_on, t.logged_at""").param(collaborationId).query(rs -> {
            byRequest
                    .computeIfAbsent(rs.getObject("request_id", UUID.class), k -> new ArrayList<>())
                    .add(entry(rs));
        });
        return byRequest;
    }

    /** Per organisation: the requests received in the period and how many of them are done. */
    Map<UUID, int[]> counts(UUID collaborationId, LocalDate from, LocalDate to) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select organisation_id, count(*) as requests, count(*) filter (where status = 'DONE') as done
                        from project.help_request
                        where collaboration_id = ? and received_on between ? and ?
                        group by organisation_id""").params(collaborationId, from, to).query(rs -> {
            counts.put(
                    rs.getObject("organisation_id", UUID.class), new int[] {rs.getInt("requests"), rs.getInt("done")});
        });
        return counts;
    }

    /** Per organisation: the hours logged in the period. */
    Map<UUID, BigDecimal> hours(UUID collaborationId, LocalDate from, LocalDate to) {
        Map<UUID, BigDecimal> hours = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.organisation_id, sum(t.hours) as hours
                        from project.help_time t join project.help_request r on r.id = t.request_id
                        where r.collaboration_id = ? and t.worked_on between ? and ?
                        group by r.organisation_id""").params(collaborationId, from, to).query(rs -> {
            hours.put(rs.getObject("organisation_id", UUID.class), rs.getBigDecimal("hours"));
        });
        return hours;
    }

    /** The years with requests received or time logged. */
    List<Integer> years(UUID collaborationId) {
        return jdbc.sql("""
                        select extract(year from received_on)::int as y from project.help_request where collaboration_id = ?
                        union
                        select extract(year from t.worked_on)::int from project.help_time t
                          join project.help_request r on r.id = t.request_id where r.collaboration_id = ?
                        order by 1 desc""")
                .params(collaborationId, collaborationId)
                .query(Integer.class)
                .list();
    }

    private static HelpRequestSummary.TimeEntry entry(ResultSet rs) throws SQLException {
        return new HelpRequestSummary.TimeEntry(
                rs.getObject("id", UUID.class),
                rs.getDate("worked_on").toLocalDate(),
                rs.getBigDecimal("hours"),
                rs.getString("note"),
                rs.getString("logged_by"));
    }

    private static HelpRequestSummary row(ResultSet rs, List<HelpRequestSummary.TimeEntry> entries)
            throws SQLException {
        return new HelpRequestSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("asker_name"),
                rs.getString("asker_email"),
                rs.getString("subject"),
                rs.getString("description"),
                HelpKind.valueOf(rs.getString("kind")),
                HelpStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"),
                rs.getDate("received_on").toLocalDate(),
                entries);
    }
}
