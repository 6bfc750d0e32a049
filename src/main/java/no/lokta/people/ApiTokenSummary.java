package no.lokta.people;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: never its value. Times are Norwegian local time. */
public record ApiTokenSummary(
        UUID id,
        String name,
        LocalDateTime createdAt,
        @Nullable LocalDateTime lastUsedAt) {}
