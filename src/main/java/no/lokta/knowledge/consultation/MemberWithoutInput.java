package no.lokta.knowledge.consultation;

import java.util.UUID;

/** A member municipality that has not given input. */
public record MemberWithoutInput(UUID id, String name) {}
