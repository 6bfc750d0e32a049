package no.lokta.finance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The saved cost-share rule of each collaboration, at most one. */
@Component
class CostShareRules {

    private static final String SELECT = """
            select equal_share_basis_points, population_share_basis_points, population_basis
            from finance.cost_share_rule where collaboration_id = ?""";

    private final JdbcClient jdbc;

    CostShareRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CostShareRule> find(UUID collaborationId) {
        return query(SELECT, collaborationId);
    }

    /** Reads the rule and locks its row, so that saves one after another see each other. */
    Optional<CostShareRule> lock(UUID collaborationId) {
        return query(SELECT + " for update", collaborationId);
    }

    private Optional<CostShareRule> query(String sql, UUID collaborationId) {
        return jdbc.sql(sql)
                .param(collaborationId)
                .query((rs, n) ->
                        new CostShareRule(rs.getInt(1), rs.getInt(2), PopulationBasis.valueOf(rs.getString(3))))
                .optional();
    }

    void save(UUID collaborationId, CostShareRule rule) {
        jdbc.sql("""
                        insert into finance.cost_share_rule (collaboration_id, equal_share_basis_points,
                          population_share_basis_points, population_basis, version)
                        values (?, ?, ?, ?, 0)
                        on conflict (collaboration_id) do update set
                          equal_share_basis_points = excluded.equal_share_basis_points,
                          population_share_basis_points = excluded.population_share_basis_points,
                          population_basis = excluded.population_basis,
                          version = finance.cost_share_rule.version + 1""")
                .params(
                        collaborationId,
                        rule.equalShareBasisPoints(),
                        rule.populationShareBasisPoints(),
                        rule.populationBasis().name())
                .update();
    }
}
