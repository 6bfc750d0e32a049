package no.lokta.knowledge.discussion;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A network with its discussion space: how many threads, and when it was last written in. */
public record NetworkDiscussion(
        UUID networkId, String name, int threads, @Nullable LocalDateTime lastPostAt) {}
