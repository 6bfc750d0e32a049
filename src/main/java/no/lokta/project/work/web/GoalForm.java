package no.lokta.project.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.lokta.project.work.GoalCommand;
import no.lokta.project.work.GoalSummary;
import org.jspecify.annotations.Nullable;

/** The goal form: figures are typed as decimal numbers, with a comma or a point. */
record GoalForm(
        @Nullable UUID subprojectId,
        @NotBlank @Size(max = 2000) @Nullable String description,
        @Size(max = 200) @Nullable String indicator,
        @Pattern(regexp = Numbers.DECIMAL) @Nullable String baseline,
        @Pattern(regexp = Numbers.DECIMAL) @Nullable String target,
        @Pattern(regexp = Numbers.DECIMAL) @Nullable String achieved) {

    static GoalForm empty() {
        return new GoalForm(null, "", "", "", "", "");
    }

    static GoalForm from(GoalSummary g) {
        return new GoalForm(
                g.subprojectId(),
                g.description(),
                g.indicator(),
                Numbers.input(g.baseline()),
                Numbers.input(g.target()),
                Numbers.input(g.achieved()));
    }

    GoalCommand toCommand() {
        return new GoalCommand(
                subprojectId,
                ProjectForm.text(description),
                ProjectForm.text(indicator),
                Numbers.decimal(baseline),
                Numbers.decimal(target),
                Numbers.decimal(achieved));
    }
}
