package no.lokta.knowledge.example;

import org.jspecify.annotations.Nullable;

/**
 * An example found by a search, with its rank and, for a search with words, the summary's best
 * passage where the words found stand between {@link #MARK_START} and {@link #MARK_END}.
 */
public record ExampleHit(
        ExampleSummary example, double rank, @Nullable String headline) {

    public static final String MARK_START = "⟦";
    public static final String MARK_END = "⟧";
}
