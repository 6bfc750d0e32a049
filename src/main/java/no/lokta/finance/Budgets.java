package no.lokta.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget of each collaboration and year. */
@Component
class Budgets {

    private static final String SELECT =
            "select year, amount_kroner, note from finance.budget where collaboration_id = ?";
    private static final RowMapper<Budget> ROW = (rs, n) -> new Budget(rs.getInt(1), rs.getLong(2), rs.getString(3));

    private final JdbcClient jdbc;

    Budgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Budget> all(UUID collaborationId) {
        return jdbc.sql(SELECT + " order by year desc")
                .param(collaborationId)
                .query(ROW)
                .list();
    }

    Optional<Budget> find(UUID collaborationId, int year) {
        return jdbc.sql(SELECT + " and year = ?")
                .params(collaborationId, year)
                .query(ROW)
                .optional();
    }

    /** Reads the budget and locks its row, so that saves one after another see each other. */
    Optional<Budget> lock(UUID collaborationId, int year) {
        return jdbc.sql(SELECT + " and year = ? for update")
                .params(collaborationId, year)
                .query(ROW)
                .optional();
    }

    void save(UUID collaborationId, Budget budget) {
        jdbc.sql("""
                        insert into finance.budget (collaboration_id, year, amount_kroner, note, version)
                        values (?, ?, ?, ?, 0)
                        on conflict (collaboration_id, year) do update set
                          amount_kroner = excluded.amount_kroner,
                          note = excluded.note,
                          version = finance.budget.version + 1""")
                .params(collaborationId, budget.year(), budget.amount(), budget.note())
                .update();
    }
}
