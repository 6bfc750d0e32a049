package no.lokta.project.help.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.project.help.HelpReport;

/**
 * The year's requests as horizontal bars, one per member, the done ones and the others stacked:
 * coordinates for an inline SVG drawn by the server (no script). The table beside it is the text
 * alternative.
 */
record HelpChart(int width, int height, int barHeight, List<Bar> bars) {

    /** One member: its name above the bar, the two parts, and where the figures are written. */
    record Bar(
            HelpReport.Row row,
            int labelY,
            int barY,
            double doneWidth,
            double otherX,
            double otherWidth,
            double valueX) {}

    static final int WIDTH = 600;
    static final int LEGEND = 36;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 18;
    /** Room on the right of the longest bar for its figures. */
    static final int VALUE_ROOM = 220;

    static HelpChart of(HelpReport report) {
        int most = report.mostRequests();
        double scale = most == 0 ? 0 : (WIDTH - VALUE_ROOM) / (double) most;
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        for (HelpReport.Row row : report.rows()) {
            double done = round(row.done() * scale);
            double other = round((row.requests() - row.done()) * scale);
            bars.add(new Bar(row, y + 14, y + 20, done, done, other, round(done + other + 6)));
            y += ROW;
        }
        return new HelpChart(WIDTH, y + 8, BAR_HEIGHT, bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
