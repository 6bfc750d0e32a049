package no.lokta.knowledge.consultation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member organisation's input to a consultation. */
public record InputSummary(
        UUID id,
        UUID organisationId,
        String organisationName,
        String text,
        String writtenByName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
