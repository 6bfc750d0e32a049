package no.lokta.programme;

import java.time.LocalDateTime;
import java.util.UUID;

/** A session as shown: Norwegian local time, a place and/or a video link. */
public record SessionSummary(UUID id, LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {}
