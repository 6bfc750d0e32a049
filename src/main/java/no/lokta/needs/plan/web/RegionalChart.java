package no.lokta.needs.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.lokta.needs.plan.RegionalFigure;

/**
 * Staffing by profession and year as horizontal bars: full-time equivalents filled, with the
 * vacancies added in a second colour and the turnover written after. Coordinates for an inline SVG
 * drawn by the server (no script); the table beside it holds the same figures.
 */
record RegionalChart(int width, int height, int barHeight, List<RegionalFigure> figures, List<Bar> bars) {

    /** One profession in one year; {@code first} marks the first year of a profession. */
    record Bar(
            RegionalFigure figure,
            boolean first,
            int labelY,
            int barY,
            double filledWidth,
            double vacantX,
            double vacantWidth,
            double valueX) {}

    static final int WIDTH = 720;
    static final int LABEL = 190;
    static final int LEGEND = 34;
    static final int ROW = 26;
    static final int GROUP_GAP = 12;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its figures. */
    static final int VALUE_ROOM = 270;

    static RegionalChart of(List<RegionalFigure> figures) {
        BigDecimal largest = figures.stream()
                .map(f -> f.fullTimeEquivalents().add(f.vacancies()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        double scale = largest.signum() == 0 ? 0 : (WIDTH - LABEL - VALUE_ROOM) / largest.doubleValue();
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        String profession = null;
        for (RegionalFigure f : figures) {
            boolean first = !f.profession().equalsIgnoreCase(String.valueOf(profession));
            if (first && profession != null) {
                y += GROUP_GAP;
            }
            profession = f.profession();
            double filled = round(f.fullTimeEquivalents().doubleValue() * scale);
            double vacant = round(f.vacancies().doubleValue() * scale);
            bars.add(new Bar(f, first, y + 13, y + 1, filled, LABEL + filled, vacant, LABEL + filled + vacant + 6));
            y += ROW;
        }
        return new RegionalChart(WIDTH, y + 4, BAR_HEIGHT, List.copyOf(figures), bars);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int label() {
        return LABEL;
    }

    public boolean empty() {
        return figures.isEmpty();
    }
}
