package no.lokta.knowledge.discussion;

import java.time.LocalDateTime;
import java.util.UUID;

/** A thread as listed (times in Norwegian local time): who opened it, how many replies it has and when it was last written in. */
public record ThreadSummary(
        UUID id,
        UUID networkId,
        String title,
        String startedBy,
        LocalDateTime createdAt,
        LocalDateTime lastPostAt,
        int replies,
        boolean locked) {}
