package no.lokta.knowledge.document;

import java.util.UUID;

/** A link of a document with the name of what it points at. */
public record DocumentLink(LinkKind kind, UUID targetId, String name) {}
