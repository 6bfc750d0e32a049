package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A version of a sub-agreement; one without a signed date is a draft. */
public record VersionSummary(
        UUID id,
        UUID subAgreementId,
        int versionNumber,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate validFrom,
        LocalDate revisionDue,
        String note,
        String link,
        @Nullable LocalDate remindedOn) {

    public boolean signed() {
        return signedOn != null;
    }

    /** Signed on or before the day. */
    public boolean signedBy(LocalDate date) {
        return signedOn != null && !signedOn.isAfter(date);
    }
}
