package no.lokta.project.work;

import java.math.BigDecimal;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A goal of the project, or of one of its subprojects. It can be measured: an indicator with a
 * baseline, a target and what was achieved; a goal to be worked out (utrede) may have none.
 */
public record GoalCommand(
        @Nullable UUID subprojectId,
        String description,
        String indicator,
        @Nullable BigDecimal baseline,
        @Nullable BigDecimal target,
        @Nullable BigDecimal achieved) {

    static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    public GoalCommand {
        description = description.strip();
        indicator = indicator.strip();
        new FieldProblems()
                .required("description", description, 2000)
                .longest("indicator", indicator, 200)
                .when(outOfRange(baseline), "baseline", "goal.value.range")
                .when(outOfRange(target), "target", "goal.value.range")
                .when(outOfRange(achieved), "achieved", "goal.value.range")
                .when(
                        indicator.isEmpty() && (baseline != null || target != null || achieved != null),
                        "indicator",
                        "goal.indicator.required")
                .throwIfAny();
    }

    private static boolean outOfRange(@Nullable BigDecimal value) {
        return value != null && (value.abs().compareTo(LARGEST) > 0 || value.scale() > 2);
    }
}
