package no.lokta.needs.plan;

import java.math.BigDecimal;
import java.util.List;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** Checks shared by the plan commands; each adds a problem for the field it names. */
final class Rules {

    static final int MAX_ROWS = 50;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** More full-time equivalents of one profession than any municipality has. */
    static final BigDecimal MAX_FTE = BigDecimal.valueOf(100_000);

    private Rules() {}

    static void name(List<FieldProblem> problems, String field, String value) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "NotBlank"));
        } else if (value.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "form.tooLong", MAX_NAME));
        }
    }

    static void text(List<FieldProblem> problems, String field, String value) {
        if (value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "form.tooLong", MAX_TEXT));
        }
    }

    static void count(List<FieldProblem> problems, String field, int value) {
        if (value < 0) {
            problems.add(new FieldProblem(field, "plan.negative"));
        } else if (value > 1_000_000) {
            problems.add(new FieldProblem(field, "plan.tooLarge"));
        }
    }

    static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "plan.negative"));
        } else if (value.compareTo(MAX_FTE) > 0) {
            problems.add(new FieldProblem(field, "plan.tooLarge"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "plan.decimals"));
        }
    }

    static void rows(List<FieldProblem> problems, int size) {
        if (size > MAX_ROWS) {
            problems.add(new FieldProblem("rows", "plan.rows.tooMany", MAX_ROWS));
        }
    }

    static void year(List<FieldProblem> problems, String field, int year) {
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem(field, "plan.year.range"));
        }
    }
}
