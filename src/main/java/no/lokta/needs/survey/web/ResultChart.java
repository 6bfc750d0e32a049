package no.lokta.needs.survey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One question's results as horizontal bars: a choice's or score's count, or a matrix row's sum
 * (for instance per profession). Coordinates for an inline SVG drawn by the server (no script); the
 * table beside it holds the same figures and is the text alternative.
 */
record ResultChart(int width, int height, int barHeight, List<Bar> bars) {

    record Bar(String label, String value, int labelY, int barY, double barWidth, double valueX) {}

    static final int WIDTH = 560;
    static final int LABEL = 180;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its figure. */
    static final int VALUE_ROOM = 60;

    static final int MAX_LABEL = 26;

    record Value(String label, BigDecimal value) {}

    static ResultChart of(List<Value> values) {
        BigDecimal largest = values.stream().map(Value::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        double scale = largest.signum() == 0 ? 0 : (WIDTH - LABEL - VALUE_ROOM) / largest.doubleValue();
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Value v : values) {
            double width = Math.round(v.value().doubleValue() * scale * 10) / 10.0;
            String label = v.label().length() > MAX_LABEL ? v.label().substring(0, MAX_LABEL - 1) + "…" : v.label();
            bars.add(new Bar(
                    label, v.value().stripTrailingZeros().toPlainString(), y + 13, y + 1, width, LABEL + width + 6));
            y += ROW;
        }
        return new ResultChart(WIDTH, y + 4, BAR_HEIGHT, bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int label() {
        return LABEL;
    }

    public boolean empty() {
        return bars.isEmpty();
    }
}
