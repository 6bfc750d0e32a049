package no.lokta.programme;

import java.util.UUID;

/** A registration was cancelled (or declined by a leader); a held seat was freed. */
public record RegistrationCancelled(
        UUID collaborationId, UUID activityId, UUID registrationId, String email, RegistrationStatus status) {}
