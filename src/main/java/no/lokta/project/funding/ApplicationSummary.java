package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** A grant application with its funder and project by name. */
public record ApplicationSummary(
        UUID id,
        UUID projectId,
        String projectName,
        UUID funderId,
        String funderName,
        String scheme,
        int year,
        Nok applied,
        LocalDate deadline,
        ApplicationStatus status,
        @Nullable LocalDate submittedOn,
        @Nullable Nok granted,
        @Nullable LocalDate grantedOn,
        String conditions,
        String note) {}
