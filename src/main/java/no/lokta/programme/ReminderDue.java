package no.lokta.programme;

import java.util.UUID;

/** The time has come to remind a participant of an activity; picked once per registration. */
public record ReminderDue(UUID collaborationId, UUID activityId, UUID registrationId, String email) {}
