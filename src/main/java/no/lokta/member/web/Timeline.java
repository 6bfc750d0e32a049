package no.lokta.member.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MembershipSummary;
import org.jspecify.annotations.Nullable;

/**
 * Membership periods laid out on a year axis, for a drawing and a table beside it. Positions are
 * percentages of the axis, so the drawing scales with the screen.
 */
record Timeline(int firstYear, int lastYear, List<Integer> years, List<Line> lines) {

    record Bar(LocalDate from, @Nullable LocalDate to, double left, double width) {}

    record Line(UUID organisationId, String name, List<Bar> bars) {}

    static Timeline of(List<MembershipSummary> memberships, LocalDate today) {
        int first = memberships.stream()
                .map(m -> m.validFrom().getYear())
                .min(Comparator.naturalOrder())
                .orElse(today.getYear());
        int last = today.getYear();
        double start = LocalDate.of(first, 1, 1).toEpochDay();
        double span = LocalDate.of(last + 1, 1, 1).toEpochDay() - start;
        Map<UUID, Line> lines = new LinkedHashMap<>();
        memberships.stream()
                .sorted(Comparator.comparing(MembershipSummary::validFrom)
                        .thenComparing(MembershipSummary::organisationName))
                .forEach(m -> {
                    LocalDate end = m.validTo() == null ? LocalDate.of(last, 12, 31) : m.validTo();
                    double left = (m.validFrom().toEpochDay() - start) / span * 100;
                    double width =
                            Math.max(0.5, (end.toEpochDay() + 1 - m.validFrom().toEpochDay()) / span * 100);
                    lines.computeIfAbsent(
                                    m.organisationId(), id -> new Line(id, m.organisationName(), new ArrayList<>()))
                            .bars()
                            .add(new Bar(m.validFrom(), m.validTo(), round(left), round(width)));
                });
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return new Timeline(first, last, years, List.copyOf(lines.values()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
