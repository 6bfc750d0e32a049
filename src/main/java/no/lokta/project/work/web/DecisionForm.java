package no.lokta.project.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.project.work.DecisionCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The decision form. */
record DecisionForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate decidedOn,

        @Size(max = 200) @Nullable String decidedBy,
        @NotBlank @Size(max = 4000) @Nullable String text) {

    static DecisionForm empty() {
        return new DecisionForm(null, "", "");
    }

    DecisionCommand toCommand() {
        return new DecisionCommand(
                Objects.requireNonNull(decidedOn), ProjectForm.text(decidedBy), ProjectForm.text(text));
    }
}
