package no.lokta.programme.shadowing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A placement as pages and the API see it, with the number of people accepted so far. */
public record PlacementSummary(
        UUID id,
        UUID collaborationId,
        @Nullable UUID networkId,
        UUID hostOrganisationId,
        String hostOrganisationName,
        String unit,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        int capacity,
        LocalDate applicationDeadline,
        String contactName,
        String contactEmail,
        PlacementStatus status,
        int accepted) {

    public int placesLeft() {
        return Math.max(0, capacity - accepted);
    }

    /** Whether a person may apply on this day: published, before the deadline and not full. */
    public boolean openOn(LocalDate today) {
        return status == PlacementStatus.PUBLISHED && !today.isAfter(applicationDeadline) && placesLeft() > 0;
    }
}
