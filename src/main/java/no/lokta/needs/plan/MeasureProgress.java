package no.lokta.needs.plan;

import java.util.UUID;
import no.lokta.programme.ActivityStatus;

/**
 * How a measure linked to a programme activity stands by actual attendance: of those from the plan's
 * municipality who were registered, how many attended a session or more, and the activity's status.
 */
public record MeasureProgress(UUID activityId, String title, ActivityStatus status, int attended, int registered) {}
