package no.lokta.knowledge.document;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One uploaded version of a document, without its content. */
public record VersionSummary(
        UUID id,
        int number,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        String note) {

    /** The size in kilobytes, rounded up, for people to read. */
    public long kilobytes() {
        return (sizeBytes + 1023L) / 1024;
    }
}
