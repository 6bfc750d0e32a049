package no.lokta.programme;

import java.util.UUID;

/**
 * A coordinator marked an activity completed (or completed it again after more attendance was
 * recorded): its attendance is final enough to be followed up and evaluated.
 */
public record ActivityCompleted(UUID collaborationId, UUID activityId, String title) {}
