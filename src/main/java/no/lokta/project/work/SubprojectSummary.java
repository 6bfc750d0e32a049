package no.lokta.project.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A subproject, with the traffic light of the latest status report that gave it one. */
public record SubprojectSummary(
        UUID id,
        UUID projectId,
        int number,
        String name,
        String goal,
        String leader,
        String groupMembers,
        ProjectPhase phase,
        SubprojectStatus status,
        @Nullable LocalDate startsOn,
        @Nullable Light light) {}
