package no.lokta.finance.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;

/**
 * The allocation as horizontal bars, one per member, the equal part and the population part
 * stacked: coordinates for an inline SVG drawn by the server (no script). The table beside it is
 * the text alternative.
 */
record BarChart(int width, int height, int barHeight, List<Bar> bars) {

    /** One member: its name above the bar, the two parts, and where the total is written. */
    record Bar(
            AllocationLine line,
            int labelY,
            int barY,
            double equalWidth,
            double populationX,
            double populationWidth,
            double valueX) {}

    static final int WIDTH = 800;
    static final int LEGEND = 36;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 18;
    /** Room on the right of the longest bar for its amount. */
    static final int VALUE_ROOM = 140;

    static BarChart of(Allocation allocation) {
        double scale = allocation.largestTotal() == 0 ? 0 : (WIDTH - VALUE_ROOM) / (double) allocation.largestTotal();
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        for (AllocationLine line : allocation.lines()) {
            // a negative population part (under one krone, by rounding) is drawn as nothing
            double equal = round(Math.max(0, line.equalPart()) * scale);
            double population = round(Math.max(0, line.populationPart()) * scale);
            bars.add(new Bar(line, y + 14, y + 20, equal, equal, population, round(equal + population + 6)));
            y += ROW;
        }
        return new BarChart(WIDTH, y + 8, BAR_HEIGHT, bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
