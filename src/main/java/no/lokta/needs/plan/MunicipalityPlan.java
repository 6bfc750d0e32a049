package no.lokta.needs.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member municipality in the year's overview, with its plan if it has one. */
public record MunicipalityPlan(
        UUID organisationId, String name, @Nullable PlanSummary plan) {}
