package no.lokta.knowledge.consultant;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A practice consultant with the hospital trust by name. */
public record ConsultantSummary(
        UUID id,
        String name,
        Profession profession,
        UUID hospitalTrustId,
        String hospitalTrustName,
        String department,
        int positionPercent,
        boolean coordinator,
        boolean leader,
        LocalDate fromDate,
        @Nullable LocalDate toDate) {

    public boolean activeOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }
}
