package no.lokta.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A budget shared among a year's members by a rule. The lines add up to the budget to the krone;
 * the equal pool is the budget's equal share rounded to whole kroner, the population pool the rest.
 */
public record Allocation(
        CostShareRule rule,
        int year,
        int populationYear,
        int daysInYear,
        long budget,
        long equalPool,
        long populationPool,
        List<AllocationLine> lines) {

    public Allocation {
        lines = List.copyOf(lines);
    }

    public long total() {
        return lines.stream().mapToLong(AllocationLine::total).sum();
    }

    public long totalDays() {
        return lines.stream().mapToLong(AllocationLine::days).sum();
    }

    /** Σ population × days: the population pool is shared in proportion to these. */
    public long populationDays() {
        return lines.stream().mapToLong(l -> l.population() * l.days()).sum();
    }

    public long largestTotal() {
        return lines.stream().mapToLong(AllocationLine::total).max().orElse(0);
    }

    public Optional<AllocationLine> line(UUID organisationId) {
        return lines.stream()
                .filter(l -> l.organisationId().equals(organisationId))
                .findFirst();
    }
}
