package no.lokta.project.work;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A goal with the light of the latest status report that gave it one. */
public record GoalSummary(
        UUID id,
        UUID projectId,
        @Nullable UUID subprojectId,
        String description,
        String indicator,
        @Nullable BigDecimal baseline,
        @Nullable BigDecimal target,
        @Nullable BigDecimal achieved,
        @Nullable Light light) {

    /** A figure as Norwegians write it: "2,5", "4"; empty when none. */
    public static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Whether it has figures to measure against. */
    public boolean measurable() {
        return !indicator.isEmpty() && target != null;
    }
}
