package no.lokta.knowledge.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A news item with its state; {@link #html()} is its text made safe to show. */
public record NewsSummary(
        UUID id,
        UUID collaborationId,
        String title,
        String text,
        List<String> tags,
        Audience audience,
        NewsStatus status,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime newsletterSentAt) {

    public boolean published() {
        return status == NewsStatus.PUBLISHED;
    }

    /** When it was published, else when it was written. */
    public OffsetDateTime publishedAtOrCreated() {
        OffsetDateTime p = publishedAt;
        return p == null ? createdAt : p;
    }

    /** The Markdown text as cleaned HTML. */
    public String html() {
        return NewsMarkdown.html(text);
    }

    /** The first paragraph as plain text, shortened, for lists and feeds. */
    public String lead() {
        return NewsMarkdown.lead(text, 300);
    }
}
