package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reporting duty with its project by name. */
public record ReportingDutySummary(
        UUID id,
        UUID projectId,
        String projectName,
        @Nullable UUID applicationId,
        String what,
        String recipient,
        LocalDate dueOn,
        int remindDays,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate remindedOn) {

    /** Due and not reported by the end of the day before {@code today}. */
    public boolean overdue(LocalDate today) {
        return submittedOn == null && dueOn.isBefore(today);
    }
}
