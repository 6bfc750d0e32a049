package no.lokta.project.work.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Decimal numbers as Norwegians type them: "12,5" as well as "12.5"; empty is none. */
final class Numbers {

    /** What {@link #decimal} reads, for checking a field before it is used. */
    static final String DECIMAL = "\\s*-?\\d{1,12}([.,]\\d{1,2})?\\s*|\\s*";

    private Numbers() {}

    static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    static String input(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
