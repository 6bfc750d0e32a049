package no.lokta.programme;

import java.util.UUID;

/** A seat came free and went to this person from the waitlist. */
public record WaitlistPromoted(
        UUID collaborationId, UUID activityId, UUID registrationId, String email, RegistrationStatus status) {}
