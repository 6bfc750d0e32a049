package no.lokta.programme;

import java.util.UUID;

/** A coordinator marked an activity completed: its attendance is final enough to be followed up. */
public record ActivityCompleted(UUID collaborationId, UUID activityId, String title) {}
