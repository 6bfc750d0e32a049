package no.lokta.project.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form; the matching share is typed as a number, 1 meaning as much as the grants. */
record ProjectForm(
        @NotBlank @Size(max = ProjectCommand.MAX_NAME) @Nullable
        String name,

        @Size(max = ProjectCommand.MAX_TEXT) @Nullable String purpose,
        @Nullable UUID ownerId,
        @Nullable List<UUID> participantIds,
        @Size(max = 200) @Nullable String leader,
        @Size(max = 1000) @Nullable String steeringGroup,
        @NotNull @Nullable ProjectPhase phase,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate endsOn,

        @Pattern(regexp = "\\s*\\d{1,2}([.,]\\d{1,2})?\\s*|\\s*") @Nullable
        String matchingShare) {

    static ProjectForm empty() {
        return new ProjectForm("", "", null, List.of(), "", "", ProjectPhase.IDEA, null, null, "1");
    }

    static ProjectForm from(ProjectSummary p) {
        return new ProjectForm(
                p.name(),
                p.purpose(),
                p.ownerId(),
                p.participantIds(),
                p.leader(),
                p.steeringGroup(),
                p.phase(),
                p.startsOn(),
                p.endsOn(),
                Numbers.input(p.matchingShare()));
    }

    /** Called once bean validation passed. */
    ProjectCommand toCommand() {
        return new ProjectCommand(
                text(name),
                text(purpose),
                ownerId,
                new LinkedHashSet<>(participantIds == null ? List.of() : participantIds),
                text(leader),
                text(steeringGroup),
                phase == null ? ProjectPhase.IDEA : phase,
                Objects.requireNonNull(startsOn),
                endsOn,
                Numbers.decimal(matchingShare));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
