package no.lokta.knowledge.document;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A document with its links and its versions, the newest (the current one) first. */
public record DocumentSummary(
        UUID id,
        UUID collaborationId,
        String title,
        String description,
        Visibility visibility,
        List<DocumentLink> links,
        List<VersionSummary> versions) {

    public DocumentSummary {
        links = List.copyOf(links);
        versions = List.copyOf(versions);
    }

    /** The newest version; every document has at least one. */
    public VersionSummary current() {
        return versions.getFirst();
    }

    /** The document with only the links of the kinds given: a reader sees no names of what they may not open. */
    public DocumentSummary showingOnly(Set<LinkKind> kinds) {
        return new DocumentSummary(
                id,
                collaborationId,
                title,
                description,
                visibility,
                links.stream().filter(l -> kinds.contains(l.kind())).toList(),
                versions);
    }

    public List<DocumentLink> linksOf(LinkKind kind) {
        return links.stream().filter(l -> l.kind() == kind).toList();
    }
}
