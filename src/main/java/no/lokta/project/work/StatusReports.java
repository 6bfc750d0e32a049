package no.lokta.project.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Status reports of a project with their lights: two statements for all of a project's reports. */
@Repository
class StatusReports {

    private final JdbcClient jdbc;

    StatusReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID projectId, StatusReportCommand c, String writtenBy, LocalDateTime now) {
        jdbc.sql("""
                        insert into project.status_report (id, project_id, period_from, period_to, overall, text,
                          written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, projectId, c.periodFrom(), c.periodTo(), c.overall().name(), c.text(), writtenBy, now)
                .update();
        c.lights().forEach((subject, light) -> jdbc.sql(
                        "insert into project.status_light (report_id, subject_id, light, comment) values (?, ?, ?, ?)")
                .params(
                        id,
                        subject,
                        light.name(),
                        c.comments().getOrDefault(subject, "").strip())
                .update());
    }

    /** Newest period first. */
    List<StatusReportSummary> ofProject(UUID projectId) {
        record Head(
                UUID id,
                LocalDate periodFrom,
                LocalDate periodTo,
                String overall,
                String text,
                String writtenBy,
                LocalDateTime writtenAt) {}
        List<Head> heads = jdbc.sql("""
                        select id, period_from, period_to, overall, text, written_by, written_at
                        from project.status_report where project_id = ? order by period_to desc, written_at desc""").param(projectId).query(Head.class).list();
        Map<UUID, List<StatusReportSummary.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select l.report_id, l.subject_id, l.light, l.comment,
                          coalesce(s.number || '. ' || s.name, g.description, '') as subject
                        from project.status_light l join project.status_report r on r.id = l.report_id
                          left join project.subproject s on s.id = l.subject_id
                          left join project.goal g on g.id = l.subject_id
                        where r.project_id = ?
                        order by s.number nulls last, g.position""")
                .param(projectId)
                .query((rs, n) -> {
                    lines.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new ArrayList<>())
                            .add(new StatusReportSummary.Line(
                                    rs.getObject("subject_id", UUID.class),
                                    rs.getString("subject"),
                                    Light.valueOf(rs.getString("light")),
                                    rs.getString("comment")));
                    return 1;
                })
                .list();
        return heads.stream()
                .map(h -> new StatusReportSummary(
                        h.id(),
                        projectId,
                        h.periodFrom(),
                        h.periodTo(),
                        Light.valueOf(h.overall()),
                        h.text(),
                        h.writtenBy(),
                        h.writtenAt(),
                        List.copyOf(lines.getOrDefault(h.id(), List.of()))))
                .toList();
    }
}
