package no.lokta.knowledge.discussion;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post as a reader sees it. To someone who does not moderate, a hidden post has no text, no
 * attachment and no moderation note.
 */
public record PostSummary(
        UUID id,
        UUID threadId,
        boolean opening,
        UUID authorId,
        String authorName,
        String text,
        LocalDateTime createdAt,
        @Nullable String fileName,
        @Nullable Integer sizeBytes,
        boolean hidden,
        String moderation) {

    public boolean hasAttachment() {
        return fileName != null;
    }

    PostSummary masked() {
        return new PostSummary(id, threadId, opening, authorId, authorName, "", createdAt, null, null, true, "");
    }
}
