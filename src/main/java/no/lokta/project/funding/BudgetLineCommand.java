package no.lokta.project.funding;

import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** What money is spent on in a year: a budget line, with the actual figure once known. */
public record BudgetLineCommand(
        int year, String description, Nok planned, @Nullable Nok actual) {

    public BudgetLineCommand {
        description = description.strip();
        new FieldProblems()
                .when(year < 2000 || year > 2100, "year", "funding.year.range")
                .required("description", description, 200)
                .throwIfAny();
    }
}
