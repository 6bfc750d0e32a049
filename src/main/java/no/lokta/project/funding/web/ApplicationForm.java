package no.lokta.project.funding.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.project.funding.ApplicationCommand;
import no.lokta.project.funding.ApplicationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A grant application: funder, scheme, year, amount and deadline. */
record ApplicationForm(
        @NotNull @Nullable UUID funderId,
        @Size(max = 200) @Nullable String scheme,
        @NotNull @Min(2000) @Max(2100) @Nullable Integer year,
        @NotBlank @Pattern(regexp = Nok.PATTERN) @Nullable String applied,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate deadline) {

    static ApplicationForm empty(int year) {
        return new ApplicationForm(null, "", year, "", null);
    }

    static ApplicationForm from(ApplicationSummary a) {
        return new ApplicationForm(
                a.funderId(), a.scheme(), a.year(), a.applied().input(), a.deadline());
    }

    ApplicationCommand toCommand() {
        return new ApplicationCommand(
                Objects.requireNonNull(funderId),
                scheme == null ? "" : scheme,
                Objects.requireNonNull(year),
                Objects.requireNonNull(Kroner.parse(applied)),
                Objects.requireNonNull(deadline));
    }
}
