package no.lokta.project.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * One line of a funding plan for one year. A grant names its funder; own contribution names the
 * partner, and when given in hours its amount is hours times the rate, to the øre.
 */
public record FundingLineCommand(
        int year,
        FundingKind kind,
        @Nullable UUID funderId,
        @Nullable UUID organisationId,
        String description,
        @Nullable BigDecimal hours,
        @Nullable Nok rate,
        @Nullable Nok amount,
        @Nullable Nok actual) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("999999.9");

    public FundingLineCommand {
        description = description.strip();
        new FieldProblems()
                .when(year < 2000 || year > 2100, "year", "funding.year.range")
                .when(kind == FundingKind.GRANT && funderId == null, "funderId", "funding.funder.required")
                .when(kind.own() && organisationId == null, "organisationId", "funding.partner.required")
                .when(kind == FundingKind.OWN_HOURS && hours == null, "hours", "funding.hours.required")
                .when(
                        hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1),
                        "hours",
                        "funding.hours.range")
                .when(kind == FundingKind.OWN_HOURS && rate == null, "rate", "funding.rate.required")
                .when(kind != FundingKind.OWN_HOURS && amount == null, "amount", "funding.amount.required")
                .longest("description", description, 200)
                .throwIfAny();
        if (kind != FundingKind.OWN_HOURS) {
            hours = null;
            rate = null;
        }
        if (kind != FundingKind.GRANT) {
            funderId = null;
        }
        if (!kind.own()) {
            organisationId = null;
        }
    }

    /** What the line brings: the amount, or hours times the rate. */
    public Nok planned() {
        if (kind == FundingKind.OWN_HOURS && hours != null && rate != null) {
            BigDecimal ore = hours.multiply(BigDecimal.valueOf(rate.ore())).setScale(0, RoundingMode.HALF_UP);
            if (ore.compareTo(BigDecimal.valueOf(Nok.MAX_ORE)) > 0) {
                throw new no.lokta.platform.web.InvalidInput("hours", "funding.hours.range");
            }
            return new Nok(ore.longValueExact());
        }
        return amount == null ? new Nok(0) : amount;
    }
}
