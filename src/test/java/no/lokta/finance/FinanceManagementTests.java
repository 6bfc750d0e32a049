package no.lokta.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LoktaTest
class FinanceManagementTests {

    @Autowired
    FinanceManagement finance;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sharesAYearAmongItsMembersByDays() {
        TwoMembers two = TwoMembers.create(worlds, members);

        Allocation a = finance.allocate(two.world().id(), 2019, TwoMembers.BUDGET);

        assertThat(a.rule()).isEqualTo(CostShareRule.DEFAULT);
        assertThat(a.total()).isEqualTo(TwoMembers.BUDGET);
        assertThat(a.lines())
                .extracting(AllocationLine::municipalityNumber, AllocationLine::population, AllocationLine::days)
                .containsExactly(tuple("5520", 4030, 365L), tuple("5524", 6805, 184L));
        assertThat(a.lines())
                .extracting(AllocationLine::equalPart, AllocationLine::populationPart, AllocationLine::total)
                .containsExactly(tuple(132_969L, 432_145L, 565_114L), tuple(67_031L, 367_855L, 434_886L));
    }

    @Test
    void demoDataGivesLoktaItsRuleAndBudgets() {
        UUID lokta = members.collaborationNamed("LØKTA").orElseThrow().id();

        assertThat(finance.savedRule(lokta)).contains(new CostShareRule(2_000, 8_000, PopulationBasis.BUDGET_YEAR));
        assertThat(finance.budgets(lokta))
                .extracting(Budget::year, Budget::amount)
                .containsExactly(tuple(2024, 3_100_000L), tuple(2019, 2_400_000L));

        // the worked example of CostShareCalculatorTests, now from the register's data
        Allocation y2019 = finance.allocate(lokta, 2019, 2_400_000);
        Map<String, Long> totals =
                y2019.lines().stream().collect(Collectors.toMap(AllocationLine::name, AllocationLine::total));
        assertThat(totals)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Bardu", 313_992L,
                        "Målselv", 488_887L,
                        "Sørreisa", 279_895L,
                        "Dyrøy", 131_155L,
                        "Tranøy", 155_357L,
                        "Torsken", 118_677L,
                        "Berg", 115_966L,
                        "Lenvik", 796_071L));

        Allocation y2024 = finance.allocate(lokta, 2024, 3_100_000);
        assertThat(y2024.total()).isEqualTo(3_100_000);
        assertThat(y2024.lines())
                .extracting(AllocationLine::name)
                .containsExactlyInAnyOrder("Bardu", "Målselv", "Sørreisa", "Dyrøy", "Senja");
    }

    @Test
    void ruleAndBudgetChangesAreSavedAndAudited() {
        UUID id = worlds.create().id();
        assertThat(finance.savedRule(id)).isEmpty();
        assertThat(finance.rule(id)).isEqualTo(CostShareRule.DEFAULT);

        CostShareRule rule = new CostShareRule(3_333, 6_667, PopulationBasis.PREVIOUS_YEAR);
        finance.setRule(id, rule);
        finance.setRule(id, CostShareRule.DEFAULT);
        finance.saveBudget(id, new BudgetCommand(2025, 1_500_000, " first "));
        finance.saveBudget(id, new BudgetCommand(2025, 1_600_000, ""));

        assertThat(finance.savedRule(id)).contains(CostShareRule.DEFAULT);
        assertThat(finance.budget(id, 2025)).contains(new Budget(2025, 1_600_000, ""));
        assertThat(audit(id, "costShareRule")).containsExactly("CREATE", "UPDATE");
        assertThat(audit(id, "budget")).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void refusesANegativeBudgetAndChangesNothing() {
        UUID id = worlds.create().id();

        assertThatThrownBy(() -> finance.saveBudget(id, new BudgetCommand(2025, -1, "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("amount", "costShare.budget.negative")));
        assertThatThrownBy(() -> finance.allocate(id, 2019, -1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .contains("budget"));
        assertThat(finance.budgets(id)).isEmpty();
        assertThat(audit(id, "budget")).isEmpty();
    }

    @Test
    void refusesARuleThatDoesNotAddUpTo100AndChangesNothing() {
        UUID id = worlds.create().id();

        assertThatThrownBy(() -> finance.setRule(id, new CostShareRule(2_000, 7_000, PopulationBasis.BUDGET_YEAR)))
                .isInstanceOf(InvalidInput.class);

        assertThat(finance.savedRule(id)).isEmpty();
        assertThat(audit(id, "costShareRule")).isEmpty();
    }

    @Test
    void refusesAYearWithoutMembers() {
        TwoMembers two = TwoMembers.create(worlds, members);

        assertThatThrownBy(() -> finance.allocate(two.world().id(), 2010, 1_000))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("year");
                            assertThat(p.messageKey()).isEqualTo("costShare.noMembers");
                            assertThat(p.args()).startsWith("2010");
                        }));
    }

    @Test
    void refusesMembersWithoutPopulationAndNamesThem() {
        TwoMembers two = TwoMembers.create(worlds, members);
        members.setPopulation(two.world().id(), two.malselv().id(), 2021, 6_600);

        // the register has no 2021 figures: Bardu has none, Målselv was given one above
        assertThatThrownBy(() -> finance.allocate(two.world().id(), 2021, 1_000))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("year");
                            assertThat(p.messageKey()).isEqualTo("costShare.populationMissing");
                            assertThat(p.args()).startsWith("Bardu", "2021");
                        }));
    }

    private List<String> audit(UUID collaborationId, String entityType) {
        return jdbc.sql("select action from platform.audit_log where collaboration_id = ? and entity_type = ?"
                        + " order by id")
                .params(collaborationId, entityType)
                .query(String.class)
                .list();
    }
}
