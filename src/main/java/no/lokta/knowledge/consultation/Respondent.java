package no.lokta.knowledge.consultation;

import java.util.UUID;

/** Who gives input: a person speaking for their organisation. */
public record Respondent(UUID organisationId, UUID accountId, String name) {}
