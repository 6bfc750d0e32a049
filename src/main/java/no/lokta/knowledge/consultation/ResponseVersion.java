package no.lokta.knowledge.consultation;

import java.time.OffsetDateTime;

/** One saved draft of the joint response; the latest is the response. */
public record ResponseVersion(int version, String text, String writtenBy, OffsetDateTime writtenAt) {}
