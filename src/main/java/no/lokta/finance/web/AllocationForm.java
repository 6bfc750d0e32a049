package no.lokta.finance.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The year and the budget to share, as typed in the form above the table (a GET form). */
record AllocationForm(@Nullable String year, @Nullable String budget) {

    /** What to work out: a year and a budget in whole kroner. */
    record Query(int year, long budget) {}

    Query toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer y = NumberText.year("year", year, problems);
        Long b = NumberText.kroner("budget", budget, problems);
        if (y == null || b == null) {
            throw new InvalidInput(problems);
        }
        return new Query(y, b);
    }

    /** Checks the year alone, for a year shown without a budget. */
    void checkYear() {
        List<FieldProblem> problems = new ArrayList<>();
        NumberText.year("year", year, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
