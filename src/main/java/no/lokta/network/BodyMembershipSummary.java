package no.lokta.network;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's seat in a body for a period (to inclusive; null is ongoing). */
public record BodyMembershipSummary(
        UUID id,
        UUID bodyId,
        BodyKind body,
        @Nullable UUID organisationId,
        NetworkPerson person,
        BodyRole role,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
