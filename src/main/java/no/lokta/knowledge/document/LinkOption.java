package no.lokta.knowledge.document;

import java.util.UUID;

/** Something of the collaboration a document may be linked to. */
public record LinkOption(LinkKind kind, UUID id, String name) {}
