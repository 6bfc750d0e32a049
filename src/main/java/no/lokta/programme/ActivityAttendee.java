package no.lokta.programme;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone present at one session of an activity or more: whom its evaluation goes to. */
public record ActivityAttendee(
        UUID registrationId,
        String name,
        String email,
        @Nullable UUID organisationId,
        @Nullable UUID accountId) {}
