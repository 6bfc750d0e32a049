package no.lokta.project.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/**
 * A project's funding plan summed up per year: grants, own contribution and other income, the
 * total frame, the budget, actual figures, and whether the matching rule holds (own contribution
 * at least the share of the grants).
 */
public record FundingPlan(
        List<Year> years,
        Map<String, Nok> bySource,
        @Nullable BigDecimal matchingShare) {

    /** One year of the plan. */
    public record Year(
            int year,
            Nok grants,
            Nok own,
            Nok other,
            Nok budget,
            Nok actualIncome,
            Nok actualCosts,
            Map<String, Nok> grantsByFunder,
            Map<String, Nok> ownByPartner,
            @Nullable Nok ownRequired) {

        /** The total frame: all income of the year. */
        public Nok total() {
            return new Nok(grants.ore() + own.ore() + other.ore());
        }

        /** True where there is no rule or the rule holds. */
        public boolean matchingMet() {
            return ownRequired == null || own.ore() >= ownRequired.ore();
        }

        /** How much own contribution is missing for the rule; zero when it holds. */
        public Nok ownMissing() {
            return ownRequired == null || matchingMet() ? new Nok(0) : new Nok(ownRequired.ore() - own.ore());
        }

        /** Whether the budget spends more than the income. */
        public boolean overBudget() {
            return budget.ore() > total().ore();
        }
    }

    public static FundingPlan of(
            List<FundingLineSummary> lines, List<BudgetLineSummary> budget, @Nullable BigDecimal matchingShare) {
        TreeSet<Integer> yearNumbers = new TreeSet<>();
        lines.forEach(l -> yearNumbers.add(l.year()));
        budget.forEach(b -> yearNumbers.add(b.year()));
        List<Year> years = new ArrayList<>();
        Map<String, Long> bySource = new TreeMap<>();
        for (int y : yearNumbers) {
            long grants = 0;
            long own = 0;
            long other = 0;
            long actualIncome = 0;
            Map<String, Long> byFunder = new LinkedHashMap<>();
            Map<String, Long> byPartner = new LinkedHashMap<>();
            for (FundingLineSummary l : lines) {
                if (l.year() != y) {
                    continue;
                }
                long ore = l.planned().ore();
                actualIncome += l.actual() == null ? 0 : l.actual().ore();
                bySource.merge(l.source(), ore, Long::sum);
                switch (l.kind()) {
                    case GRANT -> {
                        grants += ore;
                        byFunder.merge(l.source(), ore, Long::sum);
                    }
                    case OWN_MONEY, OWN_HOURS -> {
                        own += ore;
                        byPartner.merge(l.source(), ore, Long::sum);
                    }
                    case OTHER_INCOME -> other += ore;
                }
            }
            long planned = budget.stream()
                    .filter(b -> b.year() == y)
                    .mapToLong(b -> b.planned().ore())
                    .sum();
            long actualCosts = budget.stream()
                    .filter(b -> b.year() == y && b.actual() != null)
                    .mapToLong(b -> b.actual() == null ? 0 : b.actual().ore())
                    .sum();
            Nok required = matchingShare == null
                    ? null
                    : new Nok(matchingShare
                            .multiply(BigDecimal.valueOf(grants))
                            .setScale(0, RoundingMode.UP)
                            .longValueExact());
            years.add(new Year(
                    y,
                    new Nok(grants),
                    new Nok(own),
                    new Nok(other),
                    new Nok(planned),
                    new Nok(actualIncome),
                    new Nok(actualCosts),
                    nok(byFunder),
                    nok(byPartner),
                    required));
        }
        return new FundingPlan(List.copyOf(years), nok(bySource), matchingShare);
    }

    /** The years where the matching rule does not hold. */
    public List<Year> unmatched() {
        return years.stream().filter(y -> !y.matchingMet()).toList();
    }

    public Nok total() {
        return new Nok(years.stream().mapToLong(y -> y.total().ore()).sum());
    }

    public Nok grants() {
        return new Nok(years.stream().mapToLong(y -> y.grants().ore()).sum());
    }

    public Nok own() {
        return new Nok(years.stream().mapToLong(y -> y.own().ore()).sum());
    }

    public Nok other() {
        return new Nok(years.stream().mapToLong(y -> y.other().ore()).sum());
    }

    public Nok budget() {
        return new Nok(years.stream().mapToLong(y -> y.budget().ore()).sum());
    }

    private static Map<String, Nok> nok(Map<String, Long> ore) {
        Map<String, Nok> result = new LinkedHashMap<>();
        ore.forEach((k, v) -> result.put(k, new Nok(v)));
        return result;
    }
}
