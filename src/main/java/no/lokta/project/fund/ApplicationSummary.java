package no.lokta.project.fund;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** An application to a call, with its assessment, the decision and the follow-up report. */
public record ApplicationSummary(
        UUID id,
        UUID callId,
        String callTitle,
        UUID organisationId,
        String organisationName,
        String title,
        String description,
        Nok applied,
        String contact,
        String submittedBy,
        LocalDateTime submittedAt,
        String assessment,
        @Nullable Integer score,
        Decision decision,
        @Nullable Nok awarded,
        @Nullable LocalDate decidedOn,
        @Nullable LocalDate reportDue,
        String reportText,
        @Nullable LocalDate reportSubmittedOn) {

    /** Whether the report owed is in, still due, or overdue on the given day. */
    public ReportState reportState(LocalDate today) {
        if (decision != Decision.AWARDED || reportDue == null) {
            return ReportState.NONE;
        }
        if (reportSubmittedOn != null) {
            return ReportState.SUBMITTED;
        }
        return today.isAfter(reportDue) ? ReportState.OVERDUE : ReportState.DUE;
    }

    public boolean assessed() {
        return !assessment.isEmpty();
    }
}
