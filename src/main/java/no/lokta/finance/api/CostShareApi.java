package no.lokta.finance.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;
import no.lokta.finance.Budget;
import no.lokta.finance.BudgetCommand;
import no.lokta.finance.CostShareRule;
import no.lokta.finance.FinanceManagement;
import no.lokta.finance.PopulationBasis;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cost sharing for integrations: the rule, the budgets, and the split of a budget with its working
 * per member. Amounts are whole kroner; percentages may have two decimals.
 */
@RestController
@RequestMapping("/api/v1/collaborations/{id}")
class CostShareApi {

    /** The rule; {@code saved} is false while the collaboration uses the default rule. */
    record RuleResponse(
            BigDecimal equalSharePercent,
            BigDecimal populationSharePercent,
            PopulationBasis populationBasis,
            boolean saved) {

        static RuleResponse of(CostShareRule rule, boolean saved) {
            return new RuleResponse(
                    rule.equalSharePercent(), rule.populationSharePercent(), rule.populationBasis(), saved);
        }
    }

    /** A new rule; every field is required, and the two percentages must add up to 100. */
    record RuleRequest(
            @Nullable BigDecimal equalSharePercent,
            @Nullable BigDecimal populationSharePercent,
            @Nullable PopulationBasis populationBasis) {

        CostShareRule toRule() {
            return CostShareRule.ofPercent(equalSharePercent, populationSharePercent, populationBasis);
        }
    }

    record MemberShare(
            UUID organisationId,
            String municipalityNumber,
            String name,
            int population,
            long days,
            long equalPart,
            long populationPart,
            long total) {

        static MemberShare of(AllocationLine l) {
            return new MemberShare(
                    l.organisationId(),
                    l.municipalityNumber(),
                    l.name(),
                    l.population(),
                    l.days(),
                    l.equalPart(),
                    l.populationPart(),
                    l.total());
        }
    }

    record CostShareResponse(
            int year,
            int populationYear,
            int daysInYear,
            long budget,
            RuleResponse rule,
            long equalPool,
            long populationPool,
            List<MemberShare> members,
            long total) {}

    /** A year's budget: the amount is required. */
    record BudgetRequest(@Nullable Long amount, @Nullable String note) {

        BudgetCommand toCommand(int year) {
            if (amount == null) {
                throw new InvalidInput("amount", "NotNull");
            }
            return new BudgetCommand(year, amount, note == null ? "" : note);
        }
    }

    private final FinanceManagement finance;
    private final Tenancy tenancy;

    CostShareApi(FinanceManagement finance, Tenancy tenancy) {
        this.finance = finance;
        this.tenancy = tenancy;
    }

    /** The split of the budget given, or of the budget saved for the year. */
    @GetMapping("/cost-share")
    CostShareResponse costShare(
            @PathVariable UUID id, @RequestParam int year, @RequestParam(required = false) @Nullable Long budget) {
        tenancy.require(id, Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
        long amount = budget != null
                ? budget
                : finance.budget(id, year)
                        .map(Budget::amount)
                        .orElseThrow(() -> new InvalidInput("budget", "costShare.budget.none", String.valueOf(year)));
        Allocation a = finance.allocate(id, year, amount);
        return new CostShareResponse(
                a.year(),
                a.populationYear(),
                a.daysInYear(),
                a.budget(),
                RuleResponse.of(a.rule(), finance.savedRule(id).isPresent()),
                a.equalPool(),
                a.populationPool(),
                a.lines().stream().map(MemberShare::of).toList(),
                a.total());
    }

    @GetMapping("/cost-share-rule")
    RuleResponse rule(@PathVariable UUID id) {
        tenancy.require(id, Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
        return RuleResponse.of(finance.rule(id), finance.savedRule(id).isPresent());
    }

    @PutMapping("/cost-share-rule")
    RuleResponse setRule(@PathVariable UUID id, @RequestBody RuleRequest body) {
        tenancy.require(id, Role.COORDINATOR);
        return RuleResponse.of(finance.setRule(id, body.toRule()), true);
    }

    /** The budgets, latest year first. */
    @GetMapping("/budgets")
    List<Budget> budgets(@PathVariable UUID id) {
        tenancy.require(id, Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
        return finance.budgets(id);
    }

    @PutMapping("/budgets/{year}")
    Budget setBudget(@PathVariable UUID id, @PathVariable int year, @RequestBody BudgetRequest body) {
        tenancy.require(id, Role.COORDINATOR);
        return finance.saveBudget(id, body.toCommand(year));
    }
}
