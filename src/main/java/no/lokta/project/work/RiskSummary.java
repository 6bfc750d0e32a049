package no.lokta.project.work;

import java.util.UUID;

/** A risk of a project; its score is likelihood times impact. */
public record RiskSummary(
        UUID id, UUID projectId, String description, int likelihood, int impact, String mitigation, boolean closed) {

    public int score() {
        return likelihood * impact;
    }
}
