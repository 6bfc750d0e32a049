package no.lokta.knowledge.example;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the library is narrowed to: one collaboration or all, a category, a kind of evidence, a
 * network, an organisation involved, and words to search for in Norwegian. Only published
 * examples are ever found.
 */
public record ExampleFilter(
        @Nullable UUID collaborationId,
        @Nullable UUID categoryId,
        @Nullable Evidence evidence,
        @Nullable UUID networkId,
        @Nullable UUID organisationId,
        String query,
        int page,
        int size) {

    public static final int MAX_QUERY = 200;

    public ExampleFilter {
        query = query.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        page = Math.max(0, page);
        size = Math.clamp(size, 1, 100);
    }

    public static ExampleFilter of(@Nullable UUID collaborationId, String query) {
        return new ExampleFilter(collaborationId, null, null, null, null, query, 0, 20);
    }
}
