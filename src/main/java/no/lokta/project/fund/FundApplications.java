package no.lokta.project.fund;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications for development funds, read with their call's title and the applicant's name. */
@Repository
class FundApplications {

    private static final String SELECT = """
            select a.*, c.title as call_title, c.collaboration_id, o.name as organisation_name
            from project.fund_application a
              join project.fund_call c on c.id = a.call_id
              join member.organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;

    FundApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID callId, UUID organisationId, ApplyCommand c, String submittedBy, LocalDateTime now) {
        jdbc.sql("""
                        insert into project.fund_application (id, call_id, organisation_id, title, description,
                          applied_ore, contact, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        callId,
                        organisationId,
                        c.title(),
                        c.description(),
                        c.amount().ore(),
                        c.contact(),
                        submittedBy,
                        now)
                .update();
    }

    void assess(UUID id, AssessmentCommand c, LocalDateTime now) {
        jdbc.sql("update project.fund_application set assessment = ?, score = ?, assessed_at = ? where id = ?")
                .params(Arrays.asList(c.assessment(), c.score(), now, id))
                .update();
    }

    void award(UUID id, AwardCommand c, LocalDate today) {
        jdbc.sql("""
                        update project.fund_application set decision = 'AWARDED', awarded_ore = ?, decided_on = ?,
                          report_due = ?
                        where id = ?""").params(c.amount().ore(), today, c.reportDue(), id).update();
    }

    void reject(UUID id, LocalDate today) {
        jdbc.sql("update project.fund_application set decision = 'REJECTED', decided_on = ? where id = ?")
                .params(today, id)
                .update();
    }

    void report(UUID id, ReportCommand c, LocalDate today) {
        jdbc.sql("update project.fund_application set report_text = ?, report_submitted_on = ? where id = ?")
                .params(c.text(), today, id)
                .update();
    }

    /** The sum awarded from a call so far; read while holding the call's lock. */
    long awardedFrom(UUID callId) {
        return jdbc.sql("""
                        select coalesce(sum(awarded_ore), 0) from project.fund_application
                        where call_id = ? and decision = 'AWARDED'""").param(callId).query(Long.class).single();
    }

    /** An application to a call of the given collaboration. */
    Optional<ApplicationSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? and c.collaboration_id = ?")
                .params(id, collaborationId)
                .query(FundApplications::row)
                .optional();
    }

    List<ApplicationSummary> ofCall(UUID callId) {
        return jdbc.sql(SELECT + " where a.call_id = ? order by a.submitted_at, a.title")
                .param(callId)
                .query(FundApplications::row)
                .list();
    }

    /** An organisation's applications to the calls of one collaboration, newest first. */
    List<ApplicationSummary> ofOrganisation(UUID collaborationId, UUID organisationId) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? and a.organisation_id = ? order by a.submitted_at desc")
                .params(collaborationId, organisationId)
                .query(FundApplications::row)
                .list();
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static ApplicationSummary row(ResultSet rs, int n) throws SQLException {
        long awarded = rs.getLong("awarded_ore");
        Nok awardedNok = rs.wasNull() ? null : new Nok(awarded);
        int score = rs.getInt("score");
        Integer scoreOrNull = rs.wasNull() ? null : score;
        return new ApplicationSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("call_id", UUID.class),
                rs.getString("call_title"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("title"),
                rs.getString("description"),
                new Nok(rs.getLong("applied_ore")),
                rs.getString("contact"),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toLocalDateTime(),
                rs.getString("assessment"),
                scoreOrNull,
                Decision.valueOf(rs.getString("decision")),
                awardedNok,
                date(rs, "decided_on"),
                date(rs, "report_due"),
                rs.getString("report_text"),
                date(rs, "report_submitted_on"));
    }
}
