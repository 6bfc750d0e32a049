package no.lokta.knowledge.consultation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document of a consultation, without its content. */
public record ConsultationDocument(
        UUID id, String fileName, String contentType, int sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {}
