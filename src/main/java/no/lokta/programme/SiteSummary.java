package no.lokta.programme;

import java.util.UUID;

/** A site of a session: its place and local facilitator (the e-mail may be empty). */
public record SiteSummary(UUID id, UUID sessionId, String place, String facilitatorName, String facilitatorEmail) {}
