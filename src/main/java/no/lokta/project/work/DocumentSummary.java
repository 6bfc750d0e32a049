package no.lokta.project.work;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A document of a project, perhaps of one of its applications, without its content. */
public record DocumentSummary(
        UUID id,
        UUID projectId,
        @Nullable UUID applicationId,
        @Nullable String applicationLabel,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        LocalDateTime uploadedAt) {}
