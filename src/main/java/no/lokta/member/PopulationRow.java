package no.lokta.member;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A municipality's population on 1 January of a year, or none recorded. */
public record PopulationRow(
        UUID organisationId,
        String name,
        String municipalityNumber,
        int year,
        @Nullable Integer population,
        @Nullable String source) {}
