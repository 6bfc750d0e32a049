package no.lokta.programme.shadowing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications for placements, each read with its placement's headline in one statement. */
@Repository
class PlacementApplications {

    private static final String SELECT = """
            select a.*, p.unit as placement_unit, h.name as host_name, o.name as organisation_name,
              p.collaboration_id, p.host_organisation_id
            from programme.placement_application a
              join programme.placement p on p.id = a.placement_id
              join member.organisation h on h.id = p.host_organisation_id
              join member.organisation o on o.id = a.organisation_id
            """;

    /** An application with what decides who may act on it. */
    record Held(ApplicationSummary application, UUID collaborationId, UUID hostOrganisationId) {}

    private final JdbcClient jdbc;

    PlacementApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ApplicationCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into programme.placement_application (id, placement_id, account_id, name, email,
                          organisation_id, motivation, preferred_from, preferred_to, status, submitted_at, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
                .params(
                        id,
                        c.placementId(),
                        c.accountId(),
                        c.name(),
                        c.email(),
                        c.organisation(),
                        c.motivation(),
                        c.from(),
                        c.to(),
                        now,
                        now)
                .update();
    }

    void approve(UUID id, Side side, ApplicationStatus status, UUID approverId, LocalDateTime now) {
        String column = side == Side.HOME ? "home" : "host";
        jdbc.sql("update programme.placement_application set status = ?, " + column + "_approved_by = ?, " + column
                        + "_approved_at = ?, changed_at = ? where id = ?")
                .params(status.name(), approverId, now, now, id)
                .update();
    }

    void decline(UUID id, Side side, String reason, LocalDateTime now) {
        jdbc.sql("""
                        update programme.placement_application set status = 'DECLINED', declined_by = ?,
                          decline_reason = ?, changed_at = ? where id = ?""").params(side.name(), reason, now, id).update();
    }

    void report(UUID id, ReportCommand c, LocalDateTime now) {
        jdbc.sql("""
                        update programme.placement_application set report_learned = ?, report_use_at_home = ?,
                          reported_at = ? where id = ?""").params(c.learned(), c.useAtHome(), now, id).update();
    }

    Optional<Held> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(PlacementApplications::held)
                .optional();
    }

    /** The person's live application for a placement, if any. */
    Optional<ApplicationSummary> live(UUID placementId, UUID accountId) {
        return jdbc.sql(SELECT + " where a.placement_id = ? and a.account_id = ? and a.status <> 'DECLINED'")
                .params(placementId, accountId)
                .query(PlacementApplications::row)
                .optional();
    }

    List<ApplicationSummary> ofPlacement(UUID placementId) {
        return jdbc.sql(SELECT + " where a.placement_id = ? order by a.submitted_at, a.name")
                .param(placementId)
                .query(PlacementApplications::row)
                .list();
    }

    List<ApplicationSummary> ofAccount(UUID collaborationId, UUID accountId) {
        return jdbc.sql(SELECT + " where p.collaboration_id = ? and a.account_id = ? order by a.submitted_at desc")
                .params(collaborationId, accountId)
                .query(PlacementApplications::row)
                .list();
    }

    /** Applications of the collaboration still waiting for a leader, oldest first. */
    List<Held> awaiting(UUID collaborationId) {
        return jdbc.sql(SELECT + """
                         where p.collaboration_id = ? and a.status in ('SUBMITTED', 'HOME_APPROVED', 'HOST_APPROVED')
                        order by a.submitted_at""")
                .param(collaborationId)
                .query(PlacementApplications::held)
                .list();
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        return new Held(
                row(rs, n),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("host_organisation_id", UUID.class));
    }

    private static ApplicationSummary row(ResultSet rs, int n) throws SQLException {
        String declinedBy = rs.getString("declined_by");
        return new ApplicationSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("placement_id", UUID.class),
                rs.getString("placement_unit"),
                rs.getString("host_name"),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("motivation"),
                rs.getDate("preferred_from").toLocalDate(),
                rs.getDate("preferred_to").toLocalDate(),
                ApplicationStatus.valueOf(rs.getString("status")),
                time(rs, "home_approved_at"),
                time(rs, "host_approved_at"),
                declinedBy == null ? null : Side.valueOf(declinedBy),
                rs.getString("decline_reason"),
                java.util.Objects.requireNonNull(time(rs, "submitted_at")),
                rs.getString("report_learned"),
                rs.getString("report_use_at_home"),
                time(rs, "reported_at"));
    }

    private static @Nullable LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
