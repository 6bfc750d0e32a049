package no.lokta.knowledge.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which documents to list: linked to one target, and/or with a text in the title. */
public record DocumentFilter(@Nullable LinkTarget linkedTo, String text) {

    public static final DocumentFilter ALL = new DocumentFilter(null, "");

    public DocumentFilter {
        text = text.strip();
    }

    public static DocumentFilter linkedTo(LinkKind kind, UUID id) {
        return new DocumentFilter(new LinkTarget(kind, id), "");
    }
}
