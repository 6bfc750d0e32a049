package no.lokta.knowledge.forum;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting, with the ids of the members who were present. */
public record MeetingSummary(
        UUID id,
        UUID forumId,
        String forumName,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String agenda,
        String minutes,
        @Nullable OffsetDateTime agendaSentAt,
        @Nullable OffsetDateTime minutesSentAt,
        Set<UUID> present) {}
