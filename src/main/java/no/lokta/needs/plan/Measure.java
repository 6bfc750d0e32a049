package no.lokta.needs.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measure in a plan: its kind, what is done, who answers for it and by when. A programme activity
 * may be linked by its id once the measure becomes one.
 */
public record Measure(
        MeasureKind kind,
        String description,
        String responsible,
        @Nullable LocalDate deadline,
        MeasureStatus status,
        @Nullable UUID activityId) {

    public Measure {
        description = description.strip();
        responsible = responsible.strip();
    }
}
