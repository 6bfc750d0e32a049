package no.lokta.knowledge.document;

import java.util.UUID;

/** A network, project, forum or agreement a document is linked to, by kind and id. */
public record LinkTarget(LinkKind kind, UUID id) {}
