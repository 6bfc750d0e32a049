package no.lokta.project.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funding and budget lines of projects. */
@Repository
class FundingLines {

    private static final String SELECT = """
            select l.id, l.project_id, l.year, l.kind, l.funder_id, f.name as funder_name, f.kind as funder_kind,
              l.organisation_id, o.name as organisation_name, l.application_id, l.description, l.hours, l.rate_ore,
              l.planned_ore, l.actual_ore
            from project.funding_line l
              left join project.funder f on f.id = l.funder_id
              left join member.organisation o on o.id = l.organisation_id
            """;
    private static final String ORDER = " order by l.year, l.kind, coalesce(f.name, o.name, l.description)";

    private final JdbcClient jdbc;

    FundingLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FundingLineSummary> ofProject(UUID projectId) {
        return jdbc.sql(SELECT + " where l.project_id = ?" + ORDER)
                .param(projectId)
                .query(FundingLines::line)
                .list();
    }

    /** The lines of many projects in one statement. */
    List<FundingLineSummary> ofProjects(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where l.project_id = any(?)" + ORDER)
                .param(projectIds.toArray(UUID[]::new))
                .query(FundingLines::line)
                .list();
    }

    void insert(UUID id, UUID projectId, FundingLineCommand c, @Nullable UUID applicationId) {
        jdbc.sql("""
                        insert into project.funding_line (id, project_id, year, kind, funder_id, organisation_id,
                          application_id, description, hours, rate_ore, planned_ore, actual_ore)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.<@Nullable Object>asList(
                        id,
                        projectId,
                        c.year(),
                        c.kind().name(),
                        c.funderId(),
                        c.organisationId(),
                        applicationId,
                        c.description(),
                        c.hours(),
                        ore(c.rate()),
                        c.planned().ore(),
                        ore(c.actual())))
                .update();
    }

    boolean update(UUID projectId, UUID id, FundingLineCommand c) {
        return jdbc.sql("""
                                update project.funding_line set year = ?, kind = ?, funder_id = ?, organisation_id = ?,
                                  description = ?, hours = ?, rate_ore = ?, planned_ore = ?, actual_ore = ?
                                where id = ? and project_id = ?""")
                        .params(Arrays.<@Nullable Object>asList(
                                c.year(),
                                c.kind().name(),
                                c.funderId(),
                                c.organisationId(),
                                c.description(),
                                c.hours(),
                                ore(c.rate()),
                                c.planned().ore(),
                                ore(c.actual()),
                                id,
                                projectId))
                        .update()
                == 1;
    }

    boolean delete(UUID projectId, UUID id) {
        return jdbc.sql("delete from project.funding_line where id = ? and project_id = ?")
                        .params(id, projectId)
                        .update()
                == 1;
    }

    /** The grant line a granted application put in the plan, if any. */
    List<UUID> ofApplication(UUID applicationId) {
        return jdbc.sql("select id from project.funding_line where application_id = ?")
                .param(applicationId)
                .query(UUID.class)
                .list();
    }

    void setPlanned(UUID id, int year, long plannedOre) {
        jdbc.sql("update project.funding_line set planned_ore = ?, year = ? where id = ?")
                .params(plannedOre, year, id)
                .update();
    }

    List<BudgetLineSummary> budgetOf(UUID projectId) {
        return budgetOf(List.of(projectId));
    }

    List<BudgetLineSummary> budgetOf(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, project_id, year, description, planned_ore, actual_ore from project.budget_line
                        where project_id = any(?) order by year, description""")
                .param(projectIds.toArray(UUID[]::new))
                .query((rs, n) -> new BudgetLineSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getInt("year"),
                        rs.getString("description"),
                        new Nok(rs.getLong("planned_ore")),
                        nok(rs, "actual_ore")))
                .list();
    }

    void insertBudget(UUID id, UUID projectId, BudgetLineCommand c) {
        jdbc.sql("""
                        insert into project.budget_line (id, project_id, year, description, planned_ore, actual_ore)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(Arrays.<@Nullable Object>asList(
                        id, projectId, c.year(), c.description(), c.planned().ore(), ore(c.actual())))
                .update();
    }

    boolean deleteBudget(UUID projectId, UUID id) {
        return jdbc.sql("delete from project.budget_line where id = ? and project_id = ?")
                        .params(id, projectId)
                        .update()
                == 1;
    }

    private static FundingLineSummary line(ResultSet rs, int n) throws SQLException {
        String funderKind = rs.getString("funder_kind");
        BigDecimal hours = rs.getBigDecimal("hours");
        return new FundingLineSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getInt("year"),
                FundingKind.valueOf(rs.getString("kind")),
                rs.getObject("funder_id", UUID.class),
                rs.getString("funder_name"),
                funderKind == null ? null : FunderKind.valueOf(funderKind),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getObject("application_id", UUID.class),
                rs.getString("description"),
                hours,
                nok(rs, "rate_ore"),
                new Nok(rs.getLong("planned_ore")),
                nok(rs, "actual_ore"));
    }

    static @Nullable Nok nok(ResultSet rs, String column) throws SQLException {
        long ore = rs.getLong(column);
        return rs.wasNull() ? null : new Nok(ore);
    }

    static @Nullable Long ore(@Nullable Nok nok) {
        return nok == null ? null : nok.ore();
    }
}
