package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting duties of a collaboration's projects. */
@Repository
class ReportingDuties {

    private static final String SELECT = """
            select d.id, d.project_id, p.name as project_name, d.application_id, d.what, d.recipient, d.due_on,
              d.remind_days, d.submitted_on, d.reminded_on
            from project.reporting_duty d join project.project p on p.id = d.project_id
            """;

    private final JdbcClient jdbc;

    ReportingDuties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportingDutySummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where p.collaboration_id = ? order by d.due_on, p.name")
                .param(collaborationId)
                .query(ReportingDutySummary.class)
                .list();
    }

    List<ReportingDutySummary> ofProject(UUID projectId) {
        return jdbc.sql(SELECT + " where d.project_id = ? order by d.due_on")
                .param(projectId)
                .query(ReportingDutySummary.class)
                .list();
    }

    Optional<ReportingDutySummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where d.id = ? and p.collaboration_id = ?")
                .params(id, collaborationId)
                .query(ReportingDutySummary.class)
                .optional();
    }

    /** Duties not reported whose reminder day has come and that were not reminded, locked against another node. */
    List<ReminderDue> dueForReminder(LocalDate today) {
        return jdbc.sql("""
                        select d.id, p.collaboration_id from project.reporting_duty d
                          join project.project p on p.id = d.project_id
                        where d.submitted_on is null and d.reminded_on is null and d.due_on - d.remind_days <= ?
                        order by d.due_on
                        for update of d skip locked""").param(today).query(ReminderDue.class).list();
    }

    record ReminderDue(UUID id, UUID collaborationId) {}

    void insert(UUID id, UUID projectId, ReportingDutyCommand c) {
        jdbc.sql("""
                        insert into project.reporting_duty (id, project_id, application_id, what, recipient, due_on,
                          remind_days) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id, projectId, c.applicationId(), c.what(), c.recipient(), c.dueOn(), c.remindDays()))
                .update();
    }

    void update(UUID id, ReportingDutyCommand c) {
        // a new due date may call for a new reminder
        jdbc.sql("""
                        update project.reporting_duty set application_id = ?, what = ?, recipient = ?,
                          reminded_on = case when due_on = ? and remind_days = ? then reminded_on end,
                          due_on = ?, remind_days = ? where id = ?""")
                .params(Arrays.asList(
                        c.applicationId(),
                        c.what(),
                        c.recipient(),
                        c.dueOn(),
                        c.remindDays(),
                        c.dueOn(),
                        c.remindDays(),
                        id))
                .update();
    }

    void submitted(UUID id, LocalDate on) {
        jdbc.sql("update project.reporting_duty set submitted_on = ? where id = ?")
                .params(on, id)
                .update();
    }

    void reminded(UUID id, LocalDate on) {
        jdbc.sql("update project.reporting_duty set reminded_on = ? where id = ?")
                .params(on, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.reporting_duty where id = ?").param(id).update();
    }
}
