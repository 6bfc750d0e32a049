package no.lokta.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation as pages and other modules see it. */
public record OrganisationSummary(
        UUID id,
        OrganisationKind kind,
        String name,
        @Nullable String municipalityNumber,
        @Nullable String organisationNumber,
        String email,
        String phone,
        String website,
        @Nullable UUID successorId,
        @Nullable LocalDate endedOn) {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(
                o.id(),
                o.kind(),
                o.name(),
                o.municipalityNumber(),
                o.organisationNumber(),
                o.email(),
                o.phone(),
                o.website(),
                o.successorId(),
                o.endedOn());
    }
}
