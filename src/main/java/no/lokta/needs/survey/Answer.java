package no.lokta.needs.survey;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One value given to a question: a choice (its key), a number (a scale step, or a matrix cell named
 * by its row and column keys) or a text. Stored one row each, so SQL can count and sum them.
 */
public record Answer(
        UUID questionId,
        String rowKey,
        String columnKey,
        String choiceKey,
        @Nullable BigDecimal number,
        @Nullable String text) {}
