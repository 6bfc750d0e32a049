package no.lokta.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member municipality with the days it was a member within a year: what cost sharing needs.
 * The periods are clipped to the year and do not overlap.
 */
public record MemberPeriod(UUID organisationId, String name, String municipalityNumber, List<Period> periods) {

    /** From and to, both inclusive. */
    public record Period(LocalDate from, LocalDate to) {}

    public MemberPeriod {
        periods = List.copyOf(periods);
    }

    public long days() {
        return periods.stream()
                .mapToLong(p -> p.to().toEpochDay() - p.from().toEpochDay() + 1)
                .sum();
    }
}
