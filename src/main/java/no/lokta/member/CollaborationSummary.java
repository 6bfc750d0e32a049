package no.lokta.member;

import java.util.UUID;

/** A collaboration (samarbeid), as other modules and pages see it. */
public record CollaborationSummary(UUID id, String name, String ownerBody, String description) {}
