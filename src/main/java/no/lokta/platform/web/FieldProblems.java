package no.lokta.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the broken rules of one input, field by field, so that a command's constructor reports
 * them all at once and nothing is changed.
 */
public final class FieldProblems {

    private final List<InvalidInput.FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String messageKey, Object... args) {
        problems.add(new InvalidInput.FieldProblem(field, messageKey, args));
        return this;
    }

    /** A text that must not be blank and may hold at most {@code max} characters. */
    public FieldProblems required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return add(field, "NotBlank");
        }
        return longest(field, value, max);
    }

    /** A text that may be empty and may hold at most {@code max} characters. */
    public FieldProblems longest(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "form.tooLong", max);
        }
        return this;
    }

    /** An optional link: at most {@code max} characters and, when given, a {@link WebAddress}. */
    public FieldProblems webAddress(String field, String value, int max, String invalidKey) {
        if (value.length() > max) {
            return add(field, "form.tooLong", max);
        }
        return when(!value.isEmpty() && !WebAddress.isValid(value), field, invalidKey);
    }

    public FieldProblems when(boolean broken, String field, String messageKey, Object... args) {
        return broken ? add(field, messageKey, args) : this;
    }

    /** Throws {@link InvalidInput} with every problem found, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
