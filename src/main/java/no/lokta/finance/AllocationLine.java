package no.lokta.finance;

import java.util.UUID;

/**
 * One member's share with its working: the population figure used, the days it was a member, the
 * part from the equal pool and the part from the population pool. Amounts in whole kroner.
 */
public record AllocationLine(
        UUID organisationId,
        String name,
        String municipalityNumber,
        int population,
        long days,
        long equalPart,
        long populationPart,
        long total) {

    public AllocationLine {
        if (equalPart + populationPart != total) {
            throw new IllegalArgumentException("parts do not add up to the total");
        }
    }
}
