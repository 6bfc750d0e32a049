package no.lokta.knowledge.consultant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the scheme grew: per year the consultants in place at the end of it (or today, for this
 * year), by profession, with how many were coordinators and how many were not doctors.
 */
public record Growth(List<Year> years) {

    /** One year of the scheme. */
    public record Year(int year, Map<Profession, Integer> byProfession, int coordinators) {

        public int total() {
            return byProfession.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Nurses, physiotherapists and others: the consultants who are not GPs. */
        public int nonDoctors() {
            return total() - byProfession.getOrDefault(Profession.GP, 0);
        }

        public int of(Profession p) {
            return byProfession.getOrDefault(p, 0);
        }
    }

    static Growth of(List<ConsultantSummary> consultants, java.time.LocalDate today) {
        Set<Integer> yearNumbers = new TreeSet<>();
        for (ConsultantSummary c : consultants) {
            int last =
                    c.toDate() == null ? today.getYear() : Math.min(c.toDate().getYear(), today.getYear());
            for (int y = c.fromDate().getYear(); y <= last; y++) {
                yearNumbers.add(y);
            }
        }
        List<Year> years = new ArrayList<>();
        for (int y : yearNumbers) {
            java.time.LocalDate day = y == today.getYear() ? today : java.time.LocalDate.of(y, 12, 31);
            Map<Profession, Integer> counts = new EnumMap<>(Profession.class);
            int coordinators = 0;
            for (ConsultantSummary c : consultants) {
                if (c.activeOn(day)) {
                    counts.merge(c.profession(), 1, Integer::sum);
                    if (c.coordinator()) {
                        coordinators++;
                    }
                }
            }
            years.add(new Year(y, Map.copyOf(counts), coordinators));
        }
        return new Growth(List.copyOf(years));
    }

    public int largest() {
        return years.stream().mapToInt(Year::total).max().orElse(0);
    }
}
