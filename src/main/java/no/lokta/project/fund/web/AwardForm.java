package no.lokta.project.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.platform.money.Nok;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.AwardCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's award form: how much, and when the follow-up report is due. */
record AwardForm(
        @NotBlank @Size(max = 30) @Nullable String amount,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate reportDue) {

    /** Proposes the amount applied for and a report a year after today. */
    static AwardForm proposed(ApplicationSummary a, LocalDate today) {
        return new AwardForm(a.applied().input(), today.plusYears(1));
    }

    AwardCommand toCommand(Nok amount) {
        return new AwardCommand(amount, Objects.requireNonNull(reportDue));
    }
}
