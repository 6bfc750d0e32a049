package no.lokta.programme;

import java.util.UUID;

/** A person has a confirmed seat: on registration, or when a leader approved it. */
public record RegistrationConfirmed(UUID collaborationId, UUID activityId, UUID registrationId, String email) {}
