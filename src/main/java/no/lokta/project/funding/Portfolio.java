package no.lokta.project.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.platform.money.Nok;
import no.lokta.project.work.ProjectSummary;

/**
 * All projects' money side by side: per project its plan, and per year the sums of grants, own
 * contribution and other income across projects, with the grants split by kind of funder.
 */
public record Portfolio(List<Entry> projects, List<Year> years) {

    /** One project and its funding plan. */
    public record Entry(ProjectSummary project, FundingPlan plan) {}

    /** One year across all projects. */
    public record Year(int year, Nok grants, Nok own, Nok other, Nok budget, Map<FunderKind, Nok> grantsByKind) {

        public Nok total() {
            return new Nok(grants.ore() + own.ore() + other.ore());
        }
    }

    static Portfolio of(List<ProjectSummary> projects, List<FundingLineSummary> lines, List<BudgetLineSummary> budget) {
        // grouped once, so that many projects do not each walk every line
        Map<UUID, List<FundingLineSummary>> linesOf =
                lines.stream().collect(Collectors.groupingBy(FundingLineSummary::projectId));
        Map<UUID, List<BudgetLineSummary>> budgetOf =
                budget.stream().collect(Collectors.groupingBy(BudgetLineSummary::projectId));
        List<Entry> entries = projects.stream()
                .map(p -> new Entry(
                        p,
                        FundingPlan.of(
                                linesOf.getOrDefault(p.id(), List.of()),
                                budgetOf.getOrDefault(p.id(), List.of()),
                                p.matchingShare())))
                .toList();
        TreeSet<Integer> yearNumbers = new TreeSet<>();
        lines.forEach(l -> yearNumbers.add(l.year()));
        budget.forEach(b -> yearNumbers.add(b.year()));
        List<Year> years = new ArrayList<>();
        for (int y : yearNumbers) {
            long grants = 0;
            long own = 0;
            long other = 0;
            Map<FunderKind, Long> byKind = new LinkedHashMap<>();
            for (FundingLineSummary l : lines) {
                if (l.year() != y) {
                    continue;
                }
                long ore = l.planned().ore();
                switch (l.kind()) {
                    case GRANT -> {
                        grants += ore;
                        byKind.merge(l.funderKind() == null ? FunderKind.OTHER : l.funderKind(), ore, Long::sum);
                    }
                    case OWN_MONEY, OWN_HOURS -> own += ore;
                    case OTHER_INCOME -> other += ore;
                }
            }
            long spent = budget.stream()
                    .filter(b -> b.year() == y)
                    .mapToLong(b -> b.planned().ore())
                    .sum();
            Map<FunderKind, Nok> kinds = new LinkedHashMap<>();
            for (FunderKind k : FunderKind.values()) {
                if (byKind.containsKey(k)) {
                    kinds.put(k, new Nok(byKind.get(k)));
                }
            }
            years.add(new Year(y, new Nok(grants), new Nok(own), new Nok(other), new Nok(spent), kinds));
        }
        return new Portfolio(entries, List.copyOf(years));
    }

    /** The largest yearly total, for drawing. */
    public long largestYear() {
        return years.stream().mapToLong(y -> y.total().ore()).max().orElse(0);
    }
}
