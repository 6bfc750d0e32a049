package no.lokta.project.funding;

import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** A budget line of a project. */
public record BudgetLineSummary(
        UUID id,
        UUID projectId,
        int year,
        String description,
        Nok planned,
        @Nullable Nok actual) {}
