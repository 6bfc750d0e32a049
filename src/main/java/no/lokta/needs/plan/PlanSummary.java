package no.lokta.needs.plan;

import java.math.BigDecimal;
import java.util.UUID;

/** A plan in the overview: how many steps are done, its measures by status and its vacancies. */
public record PlanSummary(
        UUID id,
        UUID organisationId,
        String organisationName,
        int year,
        int stepsDone,
        int measuresPlanned,
        int measuresStarted,
        int measuresDone,
        BigDecimal vacancies) {

    public int measures() {
        return measuresPlanned + measuresStarted + measuresDone;
    }

    public int steps() {
        return PlanStep.values().length;
    }
}
