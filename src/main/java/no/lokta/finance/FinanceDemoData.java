package no.lokta.finance;

import java.util.List;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** LØKTA's key (20 % equal, 80 % by population of the budget year) and two years' budgets. */
@Component
@Order(30)
class FinanceDemoData implements DemoData {

    private final MemberManagement members;
    private final FinanceManagement finance;

    FinanceDemoData(MemberManagement members, FinanceManagement finance) {
        this.members = members;
        this.finance = finance;
    }

    @Override
    public List<String> load() {
        members.collaborationNamed("LØKTA").ifPresent(lokta -> {
            finance.setRule(lokta.id(), new CostShareRule(2_000, 8_000, PopulationBasis.BUDGET_YEAR));
            finance.saveBudget(lokta.id(), new BudgetCommand(2019, 2_400_000, ""));
            finance.saveBudget(lokta.id(), new BudgetCommand(2024, 3_100_000, ""));
        });
        return List.of();
    }
}
