package no.lokta.programme;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registration; {@code waitlistPosition} counts from 1 among those waiting, and is 0 for anyone
 * not on the waitlist; {@code siteId} is the site chosen where a session gathers at several.
 */
public record RegistrationSummary(
        UUID id,
        UUID activityId,
        @Nullable UUID accountId,
        String name,
        String email,
        @Nullable UUID organisationId,
        RegistrationStatus status,
        long sequence,
        int waitlistPosition,
        LocalDateTime registeredAt,
        @Nullable UUID siteId) {}
