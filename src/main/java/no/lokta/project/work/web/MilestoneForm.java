package no.lokta.project.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.project.work.MilestoneCommand;
import no.lokta.project.work.MilestoneSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The milestone form. */
record MilestoneForm(
        @NotBlank @Size(max = 200) @Nullable String name,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate dueOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate doneOn) {

    static MilestoneForm empty() {
        return new MilestoneForm("", null, null);
    }

    static MilestoneForm from(MilestoneSummary m) {
        return new MilestoneForm(m.name(), m.dueOn(), m.doneOn());
    }

    MilestoneCommand toCommand() {
        return new MilestoneCommand(ProjectForm.text(name), Objects.requireNonNull(dueOn), doneOn);
    }
}
