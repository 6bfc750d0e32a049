package no.lokta.project.work.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.project.work.RiskCommand;
import no.lokta.project.work.RiskSummary;
import org.jspecify.annotations.Nullable;

/** The risk form: likelihood and impact from 1 to 5. */
record RiskForm(
        @NotBlank @Size(max = 2000) @Nullable String description,
        @NotNull @Min(1) @Max(5) @Nullable Integer likelihood,
        @NotNull @Min(1) @Max(5) @Nullable Integer impact,
        @Size(max = 2000) @Nullable String mitigation,
        @Nullable Boolean closed) {

    static RiskForm empty() {
        return new RiskForm("", 3, 3, "", false);
    }

    static RiskForm from(RiskSummary r) {
        return new RiskForm(r.description(), r.likelihood(), r.impact(), r.mitigation(), r.closed());
    }

    RiskCommand toCommand() {
        return new RiskCommand(
                ProjectForm.text(description),
                Objects.requireNonNull(likelihood),
                Objects.requireNonNull(impact),
                ProjectForm.text(mitigation),
                Boolean.TRUE.equals(closed));
    }
}
