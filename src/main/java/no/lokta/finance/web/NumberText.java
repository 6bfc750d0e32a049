package no.lokta.finance.web;

import java.math.BigDecimal;
import java.util.List;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them in Norway: "2 400 000", "2 400 000 kr", "33,33". A number that
 * cannot be read adds a problem for its field and gives null.
 */
final class NumberText {

    private NumberText() {}

    static @Nullable Long kroner(String field, @Nullable String text, List<FieldProblem> problems) {
        String digits = compact(text).replaceFirst("(?i)(kr|nok)$", "");
        if (digits.isEmpty()) {
            problems.add(new FieldProblem(field, "NotBlank"));
            return null;
        }
        if (digits.matches("-\\d+")) {
            problems.add(new FieldProblem(field, "costShare.budget.negative"));
            return null;
        }
        if (!digits.matches("\\d{1,15}")) {
            problems.add(new FieldProblem(field, "costShare.budget.notNumber"));
            return null;
        }
        return Long.parseLong(digits);
    }

    static @Nullable Integer year(String field, @Nullable String text, List<FieldProblem> problems) {
        String digits = compact(text);
        if (digits.isEmpty()) {
            problems.add(new FieldProblem(field, "NotBlank"));
            return null;
        }
        if (!digits.matches("\\d{4}")) {
            problems.add(new FieldProblem(field, "costShare.year.notNumber"));
            return null;
        }
        return Integer.parseInt(digits);
    }

    static @Nullable BigDecimal percent(String field, @Nullable String text, List<FieldProblem> problems) {
        String number = compact(text).replaceFirst("%$", "").replace(',', '.');
        if (number.isEmpty()) {
            return null; // the rule itself says that a percentage is required
        }
        if (!number.matches("-?\\d{1,3}(\\.\\d+)?")) {
            problems.add(new FieldProblem(field, "costShareRule.percent.notNumber"));
            return null;
        }
        return new BigDecimal(number);
    }

    /** Without spaces of any kind (grouping is often typed with a space or a no-break space). */
    private static String compact(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }
}
