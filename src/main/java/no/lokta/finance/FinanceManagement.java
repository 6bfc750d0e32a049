package no.lokta.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.MemberPeriod;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost sharing of a collaboration: its rule, its budgets per year, and the split of a budget among
 * the year's member municipalities. Every method takes the collaboration it works in.
 */
@Service
@Transactional(readOnly = true)
public class FinanceManagement {

    private final CostShareRules rules;
    private final Budgets budgets;
    private final MemberManagement members;
    private final AuditLog audit;

    FinanceManagement(CostShareRules rules, Budgets budgets, MemberManagement members, AuditLog audit) {
        this.rules = rules;
        this.budgets = budgets;
        this.members = members;
        this.audit = audit;
    }

    // --- the rule

    /** The saved rule, or {@link CostShareRule#DEFAULT} while none is saved. */
    public CostShareRule rule(UUID collaborationId) {
        return savedRule(collaborationId).orElse(CostShareRule.DEFAULT);
    }

    public Optional<CostShareRule> savedRule(UUID collaborationId) {
        return rules.find(collaborationId);
    }

    @Transactional
    public CostShareRule setRule(UUID collaborationId, CostShareRule rule) {
        Optional<CostShareRule> before = rules.lock(collaborationId);
        rules.save(collaborationId, rule);
        String summary = rule.equalSharePercent() + " % / " + rule.populationSharePercent() + " % "
                + rule.populationBasis().name();
        before.ifPresentOrElse(
                b -> audit.updated(collaborationId, "costShareRule", collaborationId, summary, b, rule),
                () -> audit.created(collaborationId, "costShareRule", collaborationId, summary, rule));
        return rule;
    }

    // --- budgets

    /** The budgets, latest year first. */
    public List<Budget> budgets(UUID collaborationId) {
        return budgets.all(collaborationId);
    }

    public Optional<Budget> budget(UUID collaborationId, int year) {
        return budgets.find(collaborationId, year);
    }

    @Transactional
    public Budget saveBudget(UUID collaborationId, BudgetCommand command) {
        Budget after = command.budget();
        Optional<Budget> before = budgets.lock(collaborationId, command.year());
        budgets.save(collaborationId, after);
        String summary = command.year() + ": " + command.amount() + " kr";
        before.ifPresentOrElse(
                b -> audit.updated(collaborationId, "budget", command.year(), summary, b, after),
                () -> audit.created(collaborationId, "budget", command.year(), summary, after));
        return after;
    }

    // --- the split

    /**
     * Shares a budget among the municipalities that were members during the year, by the
     * collaboration's rule (see {@link CostShareCalculator}). Refused, field by field, for a
     * negative budget, a year outside the calendar we keep, a year without members, or members
     * without a population figure for the rule's year (named in the message).
     */
    public Allocation allocate(UUID collaborationId, int year, long budgetKroner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (budgetKroner < 0) {
            problems.add(new FieldProblem("budget", "costShare.budget.negative"));
        }
        if (year < BudgetCommand.FIRST_YEAR || year > BudgetCommand.LAST_YEAR) {
            problems.add(new FieldProblem(
                    "year",
                    "costShare.year.range",
                    String.valueOf(BudgetCommand.FIRST_YEAR),
                    String.valueOf(BudgetCommand.LAST_YEAR)));
            throw new InvalidInput(problems);
        }
        CostShareRule rule = rule(collaborationId);
        int populationYear = rule.populationBasis().populationYear(year);
        List<MemberPeriod> during = members.municipalMembersDuring(collaborationId, year);
        List<CostShareCalculator.Member> shared = new ArrayList<>();
        if (during.isEmpty()) {
            problems.add(new FieldProblem("year", "costShare.noMembers", String.valueOf(year)));
        } else {
            Map<UUID, Integer> populations = members.populations(collaborationId, populationYear);
            List<String> missing = new ArrayList<>();
            for (MemberPeriod m : during) {
                Integer population = populations.get(m.organisationId());
                if (population == null) {
                    missing.add(m.name());
                } else {
                    shared.add(new CostShareCalculator.Member(
                            m.organisationId(), m.name(), m.municipalityNumber(), population, m.days()));
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem(
                        "year",
                        "costShare.populationMissing",
                        String.join(", ", missing),
                        String.valueOf(populationYear),
                        missing.size()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return CostShareCalculator.allocate(rule, year, budgetKroner, shared);
    }
}
