package no.lokta.programme;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person holds a seat that a leader of their organisation must approve: on registration, or on
 * promotion from the waitlist ({@code fromWaitlist}, which {@link WaitlistPromoted} also tells).
 */
public record RegistrationAwaitingApproval(
        UUID collaborationId,
        UUID activityId,
        UUID registrationId,
        String email,
        @Nullable UUID organisationId,
        boolean fromWaitlist) {}
