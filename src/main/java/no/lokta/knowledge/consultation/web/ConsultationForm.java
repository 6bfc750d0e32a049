package no.lokta.knowledge.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.knowledge.consultation.ConsultationCommand;
import no.lokta.knowledge.consultation.ConsultationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's consultation form. */
record ConsultationForm(
        @NotBlank @Size(max = ConsultationCommand.MAX_TITLE) @Nullable
        String title,

        @NotBlank @Size(max = ConsultationCommand.MAX_AUTHORITY) @Nullable
        String authority,

        @Size(max = ConsultationCommand.MAX_REFERENCE) @Nullable
        String reference,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate receivedOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate inputDeadline,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate authorityDeadline,

        @Size(max = ConsultationCommand.MAX_DESCRIPTION) @Nullable
        String description,

        @Size(max = ConsultationCommand.MAX_LINK) @Nullable String link) {

    static ConsultationForm empty(LocalDate today) {
        return new ConsultationForm("", "", "", today, null, null, "", "");
    }

    static ConsultationForm from(ConsultationSummary c) {
        return new ConsultationForm(
                c.title(),
                c.authority(),
                c.reference(),
                c.receivedOn(),
                c.inputDeadline(),
                c.authorityDeadline(),
                c.description(),
                c.link());
    }

    /** Called once bean validation passed. */
    ConsultationCommand toCommand() {
        return new ConsultationCommand(
                title == null ? "" : title,
                authority == null ? "" : authority,
                reference == null ? "" : reference,
                Objects.requireNonNull(receivedOn),
                Objects.requireNonNull(inputDeadline),
                Objects.requireNonNull(authorityDeadline),
                description == null ? "" : description,
                link == null ? "" : link);
    }
}
