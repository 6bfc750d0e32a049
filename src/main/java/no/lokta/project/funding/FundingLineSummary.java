package no.lokta.project.funding;

import java.math.BigDecimal;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** A line of a funding plan, with its funder or partner by name. */
public record FundingLineSummary(
        UUID id,
        UUID projectId,
        int year,
        FundingKind kind,
        @Nullable UUID funderId,
        @Nullable String funderName,
        @Nullable FunderKind funderKind,
        @Nullable UUID organisationId,
        @Nullable String organisationName,
        @Nullable UUID applicationId,
        String description,
        @Nullable BigDecimal hours,
        @Nullable Nok rate,
        Nok planned,
        @Nullable Nok actual) {

    /** Who the money comes from, as one name. */
    public String source() {
        if (funderName != null) {
            return funderName;
        }
        return organisationName != null ? organisationName : description;
    }
}
