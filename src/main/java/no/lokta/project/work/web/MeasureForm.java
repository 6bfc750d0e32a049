package no.lokta.project.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.work.MeasureCommand;
import no.lokta.project.work.MeasureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a measure tried in practice. */
record MeasureForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 4000) @Nullable String description,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate endsOn,

        @Nullable UUID coordinatorId,
        @Size(max = 200) @Nullable String coordinatingUnit,
        @Size(max = 4000) @Nullable String outcome) {

    static MeasureForm empty() {
        return new MeasureForm("", "", null, null, null, "", "");
    }

    static MeasureForm from(MeasureSummary m) {
        return new MeasureForm(
                m.name(),
                m.description(),
                m.startsOn(),
                m.endsOn(),
                m.coordinatorId(),
                m.coordinatingUnit(),
                m.outcome());
    }

    MeasureCommand toCommand() {
        return new MeasureCommand(
                ProjectForm.text(name),
                ProjectForm.text(description),
                Objects.requireNonNull(startsOn),
                endsOn,
                coordinatorId,
                ProjectForm.text(coordinatingUnit),
                ProjectForm.text(outcome));
    }
}
