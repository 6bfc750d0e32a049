package no.lokta.knowledge.consultation.web;

import jakarta.validation.constraints.Size;
import no.lokta.knowledge.consultation.ConsultationManagement;
import org.jspecify.annotations.Nullable;

/** Why the consultation is closed without a response. */
record CloseForm(
        @Size(max = ConsultationManagement.MAX_NOTE) @Nullable
        String note) {

    String noteOrEmpty() {
        return note == null ? "" : note;
    }
}
