package no.lokta.needs.survey;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How results are split: not at all, by the responding municipality, or by the choice given to one
 * single-choice question of the survey (for instance the respondent's profession).
 */
public record Grouping(Kind kind, @Nullable UUID questionId) {

    public enum Kind {
        NONE,
        MUNICIPALITY,
        QUESTION
    }

    public static final Grouping NONE = new Grouping(Kind.NONE, null);
    public static final Grouping MUNICIPALITY = new Grouping(Kind.MUNICIPALITY, null);

    public Grouping {
        if ((kind == Kind.QUESTION) != (questionId != null)) {
            throw new IllegalArgumentException("a question grouping names its question, no other does");
        }
    }

    public static Grouping byQuestion(UUID questionId) {
        return new Grouping(Kind.QUESTION, questionId);
    }

    /** The grouping as a query parameter value: empty, {@code municipality} or the question's id. */
    public String param() {
        return switch (kind) {
            case NONE -> "";
            case MUNICIPALITY -> "municipality";
            case QUESTION -> String.valueOf(questionId);
        };
    }

    /** Reads a query parameter value; empty if it is neither of the three forms. */
    public static Optional<Grouping> parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NONE);
        }
        if (value.equals("municipality")) {
            return Optional.of(MUNICIPALITY);
        }
        try {
            return Optional.of(byQuestion(UUID.fromString(value.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean split() {
        return kind != Kind.NONE;
    }
}
