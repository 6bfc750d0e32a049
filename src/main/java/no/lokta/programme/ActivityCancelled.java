package no.lokta.programme;

import java.util.UUID;

/** A coordinator cancelled an activity: everyone registered is told. */
public record ActivityCancelled(UUID collaborationId, UUID activityId, String title) {}
