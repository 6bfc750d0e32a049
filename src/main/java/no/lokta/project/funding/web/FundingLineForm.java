package no.lokta.project.funding.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.funding.FundingKind;
import no.lokta.project.funding.FundingLineCommand;
import no.lokta.project.funding.FundingLineSummary;
import org.jspecify.annotations.Nullable;

/** A line of the funding plan: hours and rate for own contribution in hours, an amount otherwise. */
record FundingLineForm(
        @NotNull @Min(2000) @Max(2100) @Nullable Integer year,
        @NotNull @Nullable FundingKind kind,
        @Nullable UUID funderId,
        @Nullable UUID organisationId,
        @Size(max = 200) @Nullable String description,

        @Pattern(regexp = "\\s*\\d{1,6}([.,]\\d)?\\s*|\\s*") @Nullable
        String hours,

        @Pattern(regexp = Kroner.OPTIONAL) @Nullable String rate,
        @Pattern(regexp = Kroner.OPTIONAL) @Nullable String amount,
        @Pattern(regexp = Kroner.OPTIONAL) @Nullable String actual) {

    static FundingLineForm empty(int year) {
        return new FundingLineForm(year, FundingKind.GRANT, null, null, "", "", "", "", "");
    }

    static FundingLineForm from(FundingLineSummary l) {
        return new FundingLineForm(
                l.year(),
                l.kind(),
                l.funderId(),
                l.organisationId(),
                l.description(),
                l.hours() == null
                        ? ""
                        : l.hours().stripTrailingZeros().toPlainString().replace('.', ','),
                Kroner.input(l.rate()),
                l.kind() == FundingKind.OWN_HOURS ? "" : l.planned().input(),
                Kroner.input(l.actual()));
    }

    FundingLineCommand toCommand() {
        return new FundingLineCommand(
                Objects.requireNonNull(year),
                Objects.requireNonNull(kind),
                funderId,
                organisationId,
                description == null ? "" : description,
                hours == null || hours.isBlank()
                        ? null
                        : new BigDecimal(hours.strip().replace(',', '.')),
                Kroner.parse(rate),
                Kroner.parse(amount),
                Kroner.parse(actual));
    }
}
