package no.lokta.project.funding;

import java.util.UUID;

/** A funder of the collaboration's projects. */
public record FunderSummary(UUID id, String name, FunderKind kind) {}
