package no.lokta.programme.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.programme.evaluation.EvaluationResults;

/**
 * How many gave each score, as horizontal bars for both questions: coordinates for an inline SVG
 * drawn by the server (no script). The table beside it is the text alternative.
 */
record EvaluationChart(int width, int height, int barHeight, List<Bar> bars) {

    /** One score: its label, and a bar per question with its count written after it. */
    record Bar(
            int score,
            int labelY,
            int overallY,
            double overallWidth,
            int overall,
            int usefulnessY,
            double usefulnessWidth,
            int usefulness) {}

    static final int WIDTH = 480;
    static final int LABEL = 90;
    static final int LEGEND = 34;
    static final int ROW = 52;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its count. */
    static final int VALUE_ROOM = 40;

    static EvaluationChart of(EvaluationResults results) {
        int largest = results.largestCount();
        double scale = largest == 0 ? 0 : (WIDTH - LABEL - VALUE_ROOM) / (double) largest;
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        for (int score = 5; score >= 1; score--) {
            int overall = results.overall()[score - 1];
            int usefulness = results.usefulness()[score - 1];
            bars.add(new Bar(
                    score,
                    y + 21,
                    y + 4,
                    Math.round(overall * scale * 10) / 10.0,
                    overall,
                    y + 4 + BAR_HEIGHT + 2,
                    Math.round(usefulness * scale * 10) / 10.0,
                    usefulness));
            y += ROW;
        }
        return new EvaluationChart(WIDTH, y + 4, BAR_HEIGHT, bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int label() {
        return LABEL;
    }
}
