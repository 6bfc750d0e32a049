package no.lokta.knowledge.consultation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.lokta.knowledge.consultation.ConsultationManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** When the approved response was sent, with a note. */
record SubmissionForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate submittedOn,

        @Size(max = ConsultationManagement.MAX_NOTE) @Nullable
        String note) {

    String noteOrEmpty() {
        return note == null ? "" : note;
    }
}
