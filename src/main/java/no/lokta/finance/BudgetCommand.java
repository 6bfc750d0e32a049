package no.lokta.finance;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** Sets the budget of a year: whole kroner, never negative. */
public record BudgetCommand(int year, long amount, String note) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    public BudgetCommand {
        note = note.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem(
                    "year", "costShare.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (amount < 0) {
            problems.add(new FieldProblem("amount", "costShare.budget.negative"));
        }
        if (note.length() > 1000) {
            problems.add(new FieldProblem("note", "form.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public Budget budget() {
        return new Budget(year, amount, note);
    }
}
