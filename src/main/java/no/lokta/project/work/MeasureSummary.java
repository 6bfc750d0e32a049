package no.lokta.project.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measure tried in practice, with its coordinating organisation by name. */
public record MeasureSummary(
        UUID id,
        UUID projectId,
        String name,
        String description,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID coordinatorId,
        @Nullable String coordinatorName,
        String coordinatingUnit,
        String outcome) {

    /** Who coordinates, as one name: the unit, with its organisation. */
    public String coordinator() {
        if (coordinatorName == null) {
            return coordinatingUnit;
        }
        return coordinatingUnit.isEmpty() ? coordinatorName : coordinatingUnit + " (" + coordinatorName + ")";
    }
}
