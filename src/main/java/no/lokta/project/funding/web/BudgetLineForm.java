package no.lokta.project.funding.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.platform.money.Nok;
import no.lokta.project.funding.BudgetLineCommand;
import org.jspecify.annotations.Nullable;

/** A budget line: what the money goes to in a year. */
record BudgetLineForm(
        @NotNull @Min(2000) @Max(2100) @Nullable Integer year,
        @NotBlank @Size(max = 200) @Nullable String description,
        @NotBlank @Pattern(regexp = Nok.PATTERN) @Nullable String planned,
        @Pattern(regexp = Kroner.OPTIONAL) @Nullable String actual) {

    static BudgetLineForm empty(int year) {
        return new BudgetLineForm(year, "", "", "");
    }

    BudgetLineCommand toCommand() {
        return new BudgetLineCommand(
                Objects.requireNonNull(year),
                description == null ? "" : description,
                Objects.requireNonNull(Kroner.parse(planned)),
                Kroner.parse(actual));
    }
}
