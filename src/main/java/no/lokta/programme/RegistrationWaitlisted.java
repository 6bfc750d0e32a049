package no.lokta.programme;

import java.util.UUID;

/** The activity was full: the person waits at the given position. */
public record RegistrationWaitlisted(
        UUID collaborationId, UUID activityId, UUID registrationId, String email, int position) {}
