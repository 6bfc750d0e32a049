package no.lokta.programme;

import java.util.UUID;

/**
 * A person has a confirmed seat: on registration ({@code approved} false), or when a leader
 * approved it ({@code approved} true).
 */
public record RegistrationConfirmed(
        UUID collaborationId, UUID activityId, UUID registrationId, String email, boolean approved) {

    public RegistrationConfirmed(UUID collaborationId, UUID activityId, UUID registrationId, String email) {
        this(collaborationId, activityId, registrationId, email, false);
    }
}
