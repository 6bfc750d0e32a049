package no.lokta.knowledge.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A consultation with where it stands and how many members gave input. */
public record ConsultationSummary(
        UUID id,
        String title,
        String authority,
        String reference,
        LocalDate receivedOn,
        LocalDate inputDeadline,
        LocalDate authorityDeadline,
        String description,
        String link,
        ConsultationStatus status,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt,
        @Nullable LocalDate submittedOn,
        @Nullable String submittedBy,
        String closingNote,
        int inputs) {

    /** Whether members may give or change their input on the day. */
    public boolean openForInputOn(LocalDate day) {
        return status == ConsultationStatus.OPEN_FOR_INPUT && !day.isAfter(inputDeadline);
    }
}
