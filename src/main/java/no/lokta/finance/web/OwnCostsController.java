package no.lokta.finance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;
import no.lokta.finance.Budget;
import no.lokta.finance.FinanceManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A municipality contact's own share of the costs, year by year, from the budgets the coordinators
 * have saved; with the invoice basis of each year.
 */
@Controller
class OwnCostsController {

    /** The contact's share in one budget year; {@code barPercent} scales the bar beside the table. */
    record Year(int year, long budget, AllocationLine line, double barPercent) {}

    private final FinanceManagement finance;
    private final Tenancy tenancy;

    OwnCostsController(FinanceManagement finance, Tenancy tenancy) {
        this.finance = finance;
        this.tenancy = tenancy;
    }

    @GetMapping("/cost-share/mine")
    String show(Model model) {
        CollaborationAccess access = tenancy.require(Role.MUNICIPALITY_CONTACT);
        UUID organisationId = access.organisationId();
        if (organisationId == null) {
            throw new AccessDeniedException("a municipality contact without an organisation");
        }
        List<AllocationLine> lines = new ArrayList<>();
        List<Budget> budgets = finance.budgets(access.collaborationId());
        List<Integer> years = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (Budget budget : budgets.reversed()) {
            try {
                Allocation a = finance.allocate(access.collaborationId(), budget.year(), budget.amount());
                a.line(organisationId).ifPresent(line -> {
                    lines.add(line);
                    years.add(budget.year());
                    amounts.add(budget.amount());
                });
            } catch (InvalidInput notComputable) {
                // a year whose figures are incomplete is left out here; coordinators see why
            }
        }
        long max = lines.stream().mapToLong(AllocationLine::total).max().orElse(1);
        List<Year> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Year(
                    years.get(i),
                    amounts.get(i),
                    lines.get(i),
                    Math.round(lines.get(i).total() * 1000.0 / Math.max(1, max)) / 10.0));
        }
        model.addAttribute("rows", rows);
        return "finance/mine";
    }
}
