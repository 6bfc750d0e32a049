package no.lokta.programme.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Seats reserved for the organisation in one activity, and how many of them its people hold. Unused
 * reserved seats go to everyone from {@code releaseOn} (never, when null).
 */
public record QuotaUse(
        UUID activityId,
        String activityTitle,
        @Nullable LocalDateTime startsAt,
        int reserved,
        int used,
        @Nullable LocalDate releaseOn,
        boolean released) {

    public int free() {
        return Math.max(0, reserved - used);
    }
}
