package no.lokta.member;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member or partner. A municipality keeps the numbers it had before a renumbering (e.g. Bardu
 * 1922 → 5416 → 5520), so that imports by an old number find it.
 */
@Table(schema = "member", name = "organisation")
record Organisation(
        @Id UUID id,
        UUID collaborationId,
        OrganisationKind kind,
        String name,
        @Nullable String municipalityNumber,
        String formerMunicipalityNumbers,
        @Nullable String organisationNumber,
        String email,
        String phone,
        String website,
        @Nullable UUID successorId,
        @Nullable LocalDate endedOn,
        @Version @Nullable Integer version) {

    static Organisation create(UUID collaborationId, OrganisationCommand c, String formerNumbers) {
        return new Organisation(
                UUID.randomUUID(),
                collaborationId,
                c.kind(),
                c.name(),
                c.municipalityNumber(),
                formerNumbers,
                c.organisationNumber(),
                c.email(),
                c.phone(),
                c.website(),
                null,
                null,
                null);
    }

    Organisation update(OrganisationCommand c) {
        return new Organisation(
                id,
                collaborationId,
                c.kind(),
                c.name(),
                c.municipalityNumber(),
                formerMunicipalityNumbers,
                c.organisationNumber(),
                c.email(),
                c.phone(),
                c.website(),
                successorId,
                endedOn,
                version);
    }

    Organisation mergedInto(UUID successor, LocalDate lastDay) {
        return new Organisation(
                id,
                collaborationId,
                kind,
                name,
                municipalityNumber,
                formerMunicipalityNumbers,
                organisationNumber,
                email,
                phone,
                website,
                successor,
                lastDay,
                version);
    }

    boolean answersTo(String number) {
        return number.equals(municipalityNumber)
                || Arrays.asList(formerMunicipalityNumbers.split(" ")).contains(number);
    }
}
