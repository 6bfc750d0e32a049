package no.lokta.programme.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.lokta.programme.ActivitySummary;
import org.jspecify.annotations.Nullable;

/**
 * The answers to an activity's evaluation: how many gave each score (index 0 is score 1), the
 * averages, and the comments, in no particular order that could point to a person.
 */
public record EvaluationResults(
        ActivitySummary activity, int invited, int answered, int[] overall, int[] usefulness, List<String> comments) {

    public @Nullable BigDecimal overallAverage() {
        return average(overall);
    }

    public @Nullable BigDecimal usefulnessAverage() {
        return average(usefulness);
    }

    /** The most answers any score got, for scaling a chart. */
    public int largestCount() {
        int largest = 0;
        for (int i = 0; i < 5; i++) {
            largest = Math.max(largest, Math.max(overall[i], usefulness[i]));
        }
        return largest;
    }

    private static @Nullable BigDecimal average(int[] counts) {
        int n = 0;
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += counts[i] * (i + 1);
        }
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
