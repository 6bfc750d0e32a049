package no.lokta.project.work.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.SubprojectCommand;
import no.lokta.project.work.SubprojectStatus;
import no.lokta.project.work.SubprojectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The subproject form. */
record SubprojectForm(
        @NotNull @Min(1) @Max(999) @Nullable Integer number,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 4000) @Nullable String goal,
        @Size(max = 200) @Nullable String leader,
        @Size(max = 1000) @Nullable String groupMembers,
        @NotNull @Nullable ProjectPhase phase,
        @NotNull @Nullable SubprojectStatus status,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startsOn) {

    static SubprojectForm empty(int number) {
        return new SubprojectForm(number, "", "", "", "", ProjectPhase.PRE_STUDY, SubprojectStatus.PLANNED, null);
    }

    static SubprojectForm from(SubprojectSummary s) {
        return new SubprojectForm(
                s.number(), s.name(), s.goal(), s.leader(), s.groupMembers(), s.phase(), s.status(), s.startsOn());
    }

    SubprojectCommand toCommand() {
        return new SubprojectCommand(
                Objects.requireNonNull(number),
                ProjectForm.text(name),
                ProjectForm.text(goal),
                ProjectForm.text(leader),
                ProjectForm.text(groupMembers),
                Objects.requireNonNull(phase),
                Objects.requireNonNull(status),
                startsOn);
    }
}
