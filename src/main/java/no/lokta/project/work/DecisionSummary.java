package no.lokta.project.work;

import java.time.LocalDate;
import java.util.UUID;

/** A decision of a project. */
public record DecisionSummary(UUID id, UUID projectId, LocalDate decidedOn, String decidedBy, String text) {}
