package no.lokta.member;

/** A municipality of Statistics Norway's register, as shipped with Løkta. */
public record ReferenceMunicipality(
        String municipalityNumber, String name, String county, int population, int populationYear) {}
