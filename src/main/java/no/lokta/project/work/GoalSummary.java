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

    /** Whether it has figures to measure against. */
    public boolean measurable() {
        return !indicator.isEmpty() && target != null;
    }
}
