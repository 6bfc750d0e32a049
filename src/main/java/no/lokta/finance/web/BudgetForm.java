package no.lokta.finance.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import no.lokta.finance.Budget;
import no.lokta.finance.BudgetCommand;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A year's budget as entered: the amount may be typed with spaces ("2 400 000"). */
record BudgetForm(
        @Nullable String year,
        @Nullable String amount,
        @Size(max = 1000) @Nullable String note) {

    static BudgetForm empty(int year) {
        return new BudgetForm(String.valueOf(year), "", "");
    }

    static BudgetForm from(Budget b) {
        return new BudgetForm(String.valueOf(b.year()), String.valueOf(b.amount()), b.note());
    }

    BudgetCommand toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer y = NumberText.year("year", year, problems);
        Long a = NumberText.kroner("amount", amount, problems);
        if (y == null || a == null) {
            throw new InvalidInput(problems);
        }
        return new BudgetCommand(y, a, note == null ? "" : note);
    }
}
