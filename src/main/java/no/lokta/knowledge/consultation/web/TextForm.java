package no.lokta.knowledge.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.knowledge.consultation.ConsultationManagement;
import org.jspecify.annotations.Nullable;

/** A text: a member's input or a draft of the joint response (whose longer limit the domain checks). */
record TextForm(
        @NotBlank @Size(max = ConsultationManagement.MAX_RESPONSE) @Nullable
        String text) {

    static TextForm of(@Nullable String text) {
        return new TextForm(text == null ? "" : text);
    }

    String textOrEmpty() {
        return text == null ? "" : text;
    }
}
