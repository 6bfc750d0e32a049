package no.lokta.programme.shadowing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application with its placement's headline, both approvals and the report, if written. */
public record ApplicationSummary(
        UUID id,
        UUID placementId,
        String placementUnit,
        String hostOrganisationName,
        UUID accountId,
        String name,
        String email,
        UUID organisationId,
        String organisationName,
        String motivation,
        LocalDate preferredFrom,
        LocalDate preferredTo,
        ApplicationStatus status,
        @Nullable LocalDateTime homeApprovedAt,
        @Nullable LocalDateTime hostApprovedAt,
        @Nullable Side declinedBy,
        String declineReason,
        LocalDateTime submittedAt,
        @Nullable String reportLearned,
        @Nullable String reportUseAtHome,
        @Nullable LocalDateTime reportedAt) {

    public boolean reported() {
        return reportedAt != null;
    }

    /** The report may be written from the last day of the period on, once accepted. */
    public boolean reportDueOn(LocalDate today) {
        return status == ApplicationStatus.ACCEPTED && !today.isBefore(preferredTo);
    }
}
