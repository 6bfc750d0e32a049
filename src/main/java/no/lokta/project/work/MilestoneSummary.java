package no.lokta.project.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A milestone of a project. */
public record MilestoneSummary(
        UUID id,
        UUID projectId,
        String name,
        LocalDate dueOn,
        @Nullable LocalDate doneOn) {}
