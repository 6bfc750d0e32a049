package no.lokta.needs.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Competence plans and their parts; a part is saved by replacing its rows. */
@Repository
class CompetencePlans {

    private static final String SUMMARY = """
            select p.id, p.organisation_id, o.name, p.year,
              (select count(*) from needs.competence_plan_step s where s.plan_id = p.id and s.status = 'DONE') as steps_done,
              (select count(*) from needs.competence_plan_measure m where m.plan_id = p.id and m.status = 'PLANNED') as planned,
              (select count(*) from needs.competence_plan_measure m where m.plan_id = p.id and m.status = 'STARTED') as started,
              (select count(*) from needs.competence_plan_measure m where m.plan_id = p.id and m.status = 'DONE') as done,
              (select coalesce(sum(f.vacancies), 0) from needs.competence_plan_staffing f where f.plan_id = p.id) as vacancies
            from needs.competence_plan p join member.organisation o on o.id = p.organisation_id
            """;

    private final JdbcClient jdbc;

    CompetencePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's head: collaboration, municipality, its name, the year, goals and evaluation. */
    record Head(
            UUID id,
            UUID collaborationId,
            UUID organisationId,
            String organisationName,
            int year,
            String goals,
            String evaluation) {}

    void insert(UUID id, UUID collaborationId, NewPlanCommand c) {
        jdbc.sql("insert into needs.competence_plan (id, collaboration_id, organisation_id, year) values (?, ?, ?, ?)")
                .params(id, collaborationId, c.organisationId(), c.year())
                .update();
        for (PlanStep step : PlanStep.values()) {
            jdbc.sql("insert into needs.competence_plan_step (plan_id, step, status) values (?, ?, 'NOT_STARTED')")
                    .params(id, step.name())
                    .update();
        }
    }

    boolean exists(UUID organisationId, int year) {
        return jdbc.sql("select count(*) from needs.competence_plan where organisation_id = ? and year = ?")
                        .params(organisationId, year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Locks the plan's row, so that two saves of one part do not interleave. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from needs.competence_plan where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<Head> head(UUID id) {
        return jdbc.sql("""
                        select p.id, p.collaboration_id, p.organisation_id, o.name, p.year, p.goals, p.evaluation
                        from needs.competence_plan p join member.organisation o on o.id = p.organisation_id
                        where p.id = ?""")
                .param(id)
                .query((rs, n) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getObject("collaboration_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("year"),
                        rs.getString("goals"),
                        rs.getString("evaluation")))
                .optional();
    }

    List<Step> steps(UUID planId) {
        List<Step> steps =
                new ArrayList<>(jdbc.sql("select step, status, note from needs.competence_plan_step where plan_id = ?")
                        .param(planId)
                        .query((rs, n) -> new Step(
                                PlanStep.valueOf(rs.getString("step")),
                                StepStatus.valueOf(rs.getString("status")),
                                rs.getString("note")))
                        .list());
        steps.sort((a, b) -> a.step().compareTo(b.step()));
        return steps;
    }

    List<Staffing> staffing(UUID planId) {
        return jdbc.sql("select * from needs.competence_plan_staffing where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new Staffing(
                        rs.getString("profession"),
                        rs.getBigDecimal("full_time_equivalents"),
                        rs.getBigDecimal("vacancies"),
                        rs.getInt("under_30"),
                        rs.getInt("from_30_to_49"),
                        rs.getInt("from_50_to_59"),
                        rs.getInt("over_60"),
                        rs.getBigDecimal("turnover_percent")))
                .list();
    }

    List<CompetenceNeed> competence(UUID planId) {
        return jdbc.sql("select * from needs.competence_plan_competence where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new CompetenceNeed(rs.getString("area"), rs.getInt("required"), rs.getInt("held")))
                .list();
    }

    List<Measure> measures(UUID planId) {
        return jdbc.sql("select * from needs.competence_plan_measure where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new Measure(
                        MeasureKind.valueOf(rs.getString("kind")),
                        rs.getString("description"),
                        rs.getString("responsible"),
                        rs.getObject("deadline", java.time.LocalDate.class),
                        MeasureStatus.valueOf(rs.getString("status")),
                        rs.getObject("activity_id", UUID.class)))
                .list();
    }

    void updateTexts(UUID id, PlanTextsCommand c) {
        jdbc.sql("update needs.competence_plan set goals = ?, evaluation = ? where id = ?")
                .params(c.goals(), c.evaluation(), id)
                .update();
        for (Step s : c.steps()) {
            jdbc.sql("update needs.competence_plan_step set status = ?, note = ? where plan_id = ? and step = ?")
                    .params(s.status().name(), s.note(), id, s.step().name())
                    .update();
        }
    }

    void replaceStaffing(UUID id, List<Staffing> rows) {
        jdbc.sql("delete from needs.competence_plan_staffing where plan_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < rows.size(); i++) {
            Staffing r = rows.get(i);
            jdbc.sql("""
                            insert into needs.competence_plan_staffing (plan_id, position, profession, full_time_equivalents,
                              vacancies, under_30, from_30_to_49, from_50_to_59, over_60, turnover_percent)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i,
                            r.profession(),
                            r.fullTimeEquivalents(),
                            r.vacancies(),
                            r.under30(),
                            r.from30To49(),
                            r.from50To59(),
                            r.over60(),
                            r.turnoverPercent())
                    .update();
        }
    }

    void replaceCompetence(UUID id, List<CompetenceNeed> rows) {
        jdbc.sql("delete from needs.competence_plan_competence where plan_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < rows.size(); i++) {
            CompetenceNeed r = rows.get(i);
            jdbc.sql("""
                            insert into needs.competence_plan_competence (plan_id, position, area, required, held)
                            values (?, ?, ?, ?, ?)""").params(id, i, r.area(), r.required(), r.held()).update();
        }
    }

    void replaceMeasures(UUID id, List<Measure> rows) {
        jdbc.sql("delete from needs.competence_plan_measure where plan_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < rows.size(); i++) {
            Measure r = rows.get(i);
            jdbc.sql("""
                            insert into needs.competence_plan_measure (plan_id, position, kind, description, responsible,
                              deadline, status, activity_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(
                            id,
                            i,
                            r.kind().name(),
                            r.description(),
                            r.responsible(),
                            r.deadline(),
                            r.status().name(),
                            r.activityId()))
                    .update();
        }
    }

    /** The plans of a collaboration, of one municipality or all, of one year or all, by name and year. */
    List<PlanSummary> summaries(UUID collaborationId, @Nullable UUID organisationId, @Nullable Integer year) {
        return jdbc.sql(SUMMARY + """
                         where p.collaboration_id = ?
                          and (cast(? as uuid) is null or p.organisation_id = ?)
                          and (cast(? as int) is null or p.year = ?)
                        order by o.name, p.year desc""")
                .params(Arrays.asList(collaborationId, organisationId, organisationId, year, year))
                .query(CompetencePlans::summary)
                .list();
    }

    /** The members' staffing by profession and year; professions match whatever their case. */
    List<RegionalFigure> regional(UUID collaborationId) {
        return jdbc.sql("""
                        select min(f.profession) as profession, p.year, sum(f.full_time_equivalents) as fte,
                          sum(f.vacancies) as vacancies,
                          case when sum(f.full_time_equivalents) = 0 then 0
                            else round(sum(f.turnover_percent * f.full_time_equivalents) / sum(f.full_time_equivalents), 1)
                          end as turnover,
                          count(distinct p.id) as plans
                        from needs.competence_plan_staffing f join needs.competence_plan p on p.id = f.plan_id
                        where p.collaboration_id = ?
                        group by lower(f.profession), p.year
                        order by lower(f.profession), p.year""")
                .param(collaborationId)
                .query((rs, n) -> new RegionalFigure(
                        rs.getString("profession"),
                        rs.getInt("year"),
                        rs.getBigDecimal("fte"),
                        rs.getBigDecimal("vacancies"),
                        rs.getBigDecimal("turnover"),
                        rs.getInt("plans")))
                .list();
    }

    private static PlanSummary summary(ResultSet rs, int n) throws SQLException {
        return new PlanSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getInt("year"),
                rs.getInt("steps_done"),
                rs.getInt("planned"),
                rs.getInt("started"),
                rs.getInt("done"),
                rs.getBigDecimal("vacancies"));
    }
}
