package no.lokta.programme;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session as shown: Norwegian local time, a place and/or a video link, and the sites where it
 * gathers at once (none for a session in one place).
 */
public record SessionSummary(
        UUID id,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String videoLink,
        List<SiteSummary> sites) {

    public SessionSummary {
        sites = List.copyOf(sites);
    }

    public SessionSummary(UUID id, LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {
        this(id, startsAt, endsAt, place, videoLink, List.of());
    }
}
