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
        String outcome) {}
