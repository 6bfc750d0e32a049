package no.lokta.project.funding.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.project.funding.Portfolio;

/**
 * The portfolio's money per year as horizontal bars, grants, own contribution and other income
 * stacked: coordinates for an inline SVG drawn by the server. The table beside it is the text
 * alternative.
 */
record PortfolioChart(int width, int height, int barHeight, List<Bar> bars) {

    /** One year: its label, the three parts, and where the total is written. */
    record Bar(
            Portfolio.Year year,
            int labelY,
            int barY,
            double grantsWidth,
            double ownX,
            double ownWidth,
            double otherX,
            double otherWidth,
            double valueX) {}

    static final int WIDTH = 800;
    static final int LEGEND = 36;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 18;
    /** Room on the right of the longest bar for its amount. */
    static final int VALUE_ROOM = 160;

    static PortfolioChart of(Portfolio portfolio) {
        long largest = portfolio.largestYear();
        double scale = largest == 0 ? 0 : (WIDTH - VALUE_ROOM) / (double) largest;
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        for (Portfolio.Year year : portfolio.years()) {
            double grants = round(year.grants().ore() * scale);
            double own = round(year.own().ore() * scale);
            double other = round(year.other().ore() * scale);
            bars.add(new Bar(
                    year,
                    y + 14,
                    y + 20,
                    grants,
                    grants,
                    own,
                    round(grants + own),
                    other,
                    round(grants + own + other + 6)));
            y += ROW;
        }
        return new PortfolioChart(WIDTH, y + 8, BAR_HEIGHT, bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
