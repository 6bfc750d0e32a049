package no.lokta.people;

import java.util.UUID;

/** A token just made: the only moment its value is known to Løkta. */
public record NewApiToken(UUID id, String name, String value) {}
