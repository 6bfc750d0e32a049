package no.lokta.knowledge.example;

import java.util.UUID;

/** A category of examples and how many examples use it. */
public record CategorySummary(UUID id, String name, int uses) {

    public boolean inUse() {
        return uses > 0;
    }
}
