package no.lokta.knowledge.conference;

import java.util.UUID;

/** An outcome of a dialogue conference. */
public record OutcomeSummary(
        UUID id,
        UUID activityId,
        String text,
        Field field,
        String responsible,
        OutcomeStatus status,
        String followUp) {}
