package no.lokta.needs.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/**
 * The measures of a plan for a year; it replaces the measures held. A deadline falls in the plan's
 * year or later, and not more than ten years on.
 */
public record MeasuresCommand(int year, List<Measure> rows) {

    public MeasuresCommand {
        rows = List.copyOf(rows);
        List<FieldProblem> problems = new ArrayList<>();
        Rules.rows(problems, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Measure r = rows.get(i);
            String at = "rows[" + i + "].";
            if (r.description().isEmpty()) {
                problems.add(new FieldProblem(at + "description", "NotBlank"));
            } else if (r.description().length() > 1000) {
                problems.add(new FieldProblem(at + "description", "form.tooLong", 1000));
            }
            if (r.responsible().length() > Rules.MAX_NAME) {
                problems.add(new FieldProblem(at + "responsible", "form.tooLong", Rules.MAX_NAME));
            }
            LocalDate deadline = r.deadline();
            if (deadline != null && deadline.getYear() < year) {
                problems.add(new FieldProblem(at + "deadline", "plan.measure.deadline.beforeYear", year));
            } else if (deadline != null && deadline.getYear() > year + 10) {
                problems.add(new FieldProblem(at + "deadline", "plan.measure.deadline.tooLate", year + 10));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
