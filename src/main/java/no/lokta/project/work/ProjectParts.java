package no.lokta.project.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parts of a project: subprojects, goals, milestones, risks, decisions and measures. Each is
 * read for one project at a time, and changed only through an id that belongs to that project.
 */
@Repository
class ProjectParts {

    /** The light the latest status report gave a goal or subproject. */
    private static final String LATEST_LIGHT = """
            (select l.light from project.status_light l join project.status_report r on r.id = l.report_id
              where l.subject_id = %s.id order by r.period_to desc, r.written_at desc limit 1) as light""";

    private final JdbcClient jdbc;

    ProjectParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes a part of the given table, if it belongs to the project. */
    boolean delete(String table, UUID projectId, UUID id) {
        String sql =
                switch (table) {
                    case "subproject", "goal", "milestone", "risk", "decision", "measure" ->
                        "delete from project." + table + " where id = ? and project_id = ?";
                    default -> throw new IllegalArgumentException(table);
                };
        return jdbc.sql(sql).params(id, projectId).update() == 1;
    }

    List<SubprojectSummary> subprojects(UUID projectId) {
        return jdbc.sql("select s.*, " + LATEST_LIGHT.formatted("s")
                        + " from project.subproject s where s.project_id = ? order by s.number")
                .param(projectId)
                .query(ProjectParts::subproject)
                .list();
    }

    void insertSubproject(UUID id, UUID projectId, SubprojectCommand c) {
        jdbc.sql("""
                        insert into project.subproject (id, project_id, number, name, goal, leader, group_members,
                          phase, status, starts_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        projectId,
                        c.number(),
                        c.name(),
                        c.goal(),
                        c.leader(),
                        c.groupMembers(),
                        c.phase().name(),
                        c.status().name(),
                        c.startsOn()))
                .update();
    }

    boolean updateSubproject(UUID projectId, UUID id, SubprojectCommand c) {
        return jdbc.sql("""
                                update project.subproject set number = ?, name = ?, goal = ?, leader = ?,
                                  group_members = ?, phase = ?, status = ?, starts_on = ?
                                where id = ? and project_id = ?""")
                        .params(Arrays.asList(
                                c.number(),
                                c.name(),
                                c.goal(),
                                c.leader(),
                                c.groupMembers(),
                                c.phase().name(),
                                c.status().name(),
                                c.startsOn(),
                                id,
                                projectId))
                        .update()
                == 1;
    }

    boolean numberTaken(UUID projectId, int number, @Nullable UUID except) {
        return jdbc.sql("select exists (select 1 from project.subproject where project_id = ? and number = ?"
                        + " and id is distinct from ?)")
                .params(Arrays.asList(projectId, number, except))
                .query(Boolean.class)
                .single();
    }

    List<GoalSummary> goals(UUID projectId) {
        return jdbc.sql("select g.*, " + LATEST_LIGHT.formatted("g") + """
                         from project.goal g left join project.subproject s on s.id = g.subproject_id
                        where g.project_id = ? order by coalesce(s.number, 0), g.position, g.description""")
                .param(projectId)
                .query((rs, n) -> new GoalSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getObject("subproject_id", UUID.class),
                        rs.getString("description"),
                        rs.getString("indicator"),
                        rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("target"),
                        rs.getBigDecimal("achieved"),
                        light(rs)))
                .list();
    }

    void insertGoal(UUID id, UUID projectId, GoalCommand c) {
        jdbc.sql("""
                        insert into project.goal (id, project_id, subproject_id, description, indicator, baseline,
                          target, achieved, position)
                        values (?, ?, ?, ?, ?, ?, ?, ?,
                          (select count(*) from project.goal where project_id = ?))""")
                .params(Arrays.<@Nullable Object>asList(
                        id,
                        projectId,
                        c.subprojectId(),
                        c.description(),
                        c.indicator(),
                        c.baseline(),
                        c.target(),
                        c.achieved(),
                        projectId))
                .update();
    }

    boolean updateGoal(UUID projectId, UUID id, GoalCommand c) {
        return jdbc.sql("""
                                update project.goal set subproject_id = ?, description = ?, indicator = ?,
                                  baseline = ?, target = ?, achieved = ?
                                where id = ? and project_id = ?""")
                        .params(Arrays.<@Nullable Object>asList(
                                c.subprojectId(),
                                c.description(),
                                c.indicator(),
                                c.baseline(),
                                c.target(),
                                c.achieved(),
                                id,
                                projectId))
                        .update()
                == 1;
    }

    List<MilestoneSummary> milestones(UUID projectId) {
        return jdbc.sql("select id, project_id, name, due_on, done_on from project.milestone where project_id = ?"
                        + " order by due_on, name")
                .param(projectId)
                .query(MilestoneSummary.class)
                .list();
    }

    void insertMilestone(UUID id, UUID projectId, MilestoneCommand c) {
        jdbc.sql("insert into project.milestone (id, project_id, name, due_on, done_on) values (?, ?, ?, ?, ?)")
                .params(Arrays.asList(id, projectId, c.name(), c.dueOn(), c.doneOn()))
                .update();
    }

    boolean updateMilestone(UUID projectId, UUID id, MilestoneCommand c) {
        return jdbc.sql(
                                "update project.milestone set name = ?, due_on = ?, done_on = ? where id = ? and project_id = ?")
                        .params(Arrays.asList(c.name(), c.dueOn(), c.doneOn(), id, projectId))
                        .update()
                == 1;
    }

    List<RiskSummary> risks(UUID projectId) {
        return jdbc.sql("""
                        select id, project_id, description, likelihood, impact, mitigation, closed from project.risk
                        where project_id = ? order by closed, likelihood * impact desc, description""").param(projectId).query(RiskSummary.class).list();
    }

    void insertRisk(UUID id, UUID projectId, RiskCommand c) {
        jdbc.sql("""
                        insert into project.risk (id, project_id, description, likelihood, impact, mitigation, closed)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, projectId, c.description(), c.likelihood(), c.impact(), c.mitigation(), c.closed())
                .update();
    }

    boolean updateRisk(UUID projectId, UUID id, RiskCommand c) {
        return jdbc.sql("""
                                update project.risk set description = ?, likelihood = ?, impact = ?, mitigation = ?,
                                  closed = ? where id = ? and project_id = ?""")
                        .params(c.description(), c.likelihood(), c.impact(), c.mitigation(), c.closed(), id, projectId)
                        .update()
                == 1;
    }

    List<DecisionSummary> decisions(UUID projectId) {
        return jdbc.sql("select id, project_id, decided_on, decided_by, text from project.decision"
                        + " where project_id = ? order by decided_on desc, text")
                .param(projectId)
                .query(DecisionSummary.class)
                .list();
    }

    void insertDecision(UUID id, UUID projectId, DecisionCommand c) {
        jdbc.sql("insert into project.decision (id, project_id, decided_on, decided_by, text) values (?, ?, ?, ?, ?)")
                .params(id, projectId, c.decidedOn(), c.decidedBy(), c.text())
                .update();
    }

    List<MeasureSummary> measures(UUID projectId) {
        return jdbc.sql("""
                        select m.id, m.project_id, m.name, m.description, m.starts_on, m.ends_on, m.coordinator_id,
                          o.name as coordinator_name, m.coordinating_unit, m.outcome
                        from project.measure m left join member.organisation o on o.id = m.coordinator_id
                        where m.project_id = ? order by m.starts_on, m.name""").param(projectId).query(MeasureSummary.class).list();
    }

    void insertMeasure(UUID id, UUID projectId, MeasureCommand c) {
        jdbc.sql("""
                        insert into project.measure (id, project_id, name, description, starts_on, ends_on,
                          coordinator_id, coordinating_unit, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        projectId,
                        c.name(),
                        c.description(),
                        c.startsOn(),
                        c.endsOn(),
                        c.coordinatorId(),
                        c.coordinatingUnit(),
                        c.outcome()))
                .update();
    }

    boolean updateMeasure(UUID projectId, UUID id, MeasureCommand c) {
        return jdbc.sql("""
                                update project.measure set name = ?, description = ?, starts_on = ?, ends_on = ?,
                                  coordinator_id = ?, coordinating_unit = ?, outcome = ?
                                where id = ? and project_id = ?""")
                        .params(Arrays.asList(
                                c.name(),
                                c.description(),
                                c.startsOn(),
                                c.endsOn(),
                                c.coordinatorId(),
                                c.coordinatingUnit(),
                                c.outcome(),
                                id,
                                projectId))
                        .update()
                == 1;
    }

    private static SubprojectSummary subproject(ResultSet rs, int n) throws SQLException {
        return new SubprojectSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getInt("number"),
                rs.getString("name"),
                rs.getString("goal"),
                rs.getString("leader"),
                rs.getString("group_members"),
                ProjectPhase.valueOf(rs.getString("phase")),
                SubprojectStatus.valueOf(rs.getString("status")),
                rs.getObject("starts_on", LocalDate.class),
                light(rs));
    }

    private static @Nullable Light light(ResultSet rs) throws SQLException {
        String light = rs.getString("light");
        return light == null ? null : Light.valueOf(light);
    }
}
