package no.lokta.project.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.platform.money.Nok;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.GrantDecision;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the funder granted. */
record GrantForm(
        @NotBlank @Pattern(regexp = Nok.PATTERN) @Nullable String granted,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate grantedOn,

        @Size(max = 4000) @Nullable String conditions,
        @Size(max = 1000) @Nullable String note) {

    static GrantForm from(ApplicationSummary a, LocalDate today) {
        return new GrantForm(
                a.granted() == null ? a.applied().input() : a.granted().input(),
                a.grantedOn() == null ? today : a.grantedOn(),
                a.conditions(),
                a.note());
    }

    GrantDecision toDecision() {
        return new GrantDecision(
                Objects.requireNonNull(Kroner.parse(granted)),
                Objects.requireNonNull(grantedOn),
                conditions == null ? "" : conditions,
                note == null ? "" : note);
    }
}
