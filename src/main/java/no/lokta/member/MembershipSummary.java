package no.lokta.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A membership period with its organisation's name. */
public record MembershipSummary(
        UUID id,
        UUID organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        @Nullable String municipalityNumber,
        MembershipKind kind,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String note) {

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
