package no.lokta.knowledge.consultant.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.knowledge.consultant.Growth;
import no.lokta.knowledge.consultant.Profession;

/**
 * The growth per year as horizontal bars, one segment per profession: coordinates for an inline
 * SVG drawn by the server. The table beside it is the text alternative.
 */
record GrowthChart(int width, int height, int barHeight, List<Bar> bars, List<Legend> legend) {

    /** One profession's part of a bar. */
    record Segment(double x, double width, String colour) {}

    /** One year: its label, its segments and where the total is written. */
    record Bar(int year, int total, int labelY, int barY, List<Segment> segments, double valueX) {}

    /** A colour and the profession it stands for. */
    record Legend(Profession profession, String colour, int x) {}

    static final int WIDTH = 800;
    static final int TOP = 36;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 18;
    static final int VALUE_ROOM = 80;
    /** Colours with at least 3:1 contrast against white, told apart by the legend and the table too. */
    static final String[] COLOURS = {"#0062ba", "#b35300", "#1d7a3a", "#6b4fa0"};

    static GrowthChart of(Growth growth) {
        double scale = growth.largest() == 0 ? 0 : (WIDTH - VALUE_ROOM) / (double) growth.largest();
        List<Legend> legend = new ArrayList<>();
        Profession[] professions = Profession.values();
        for (int i = 0; i < professions.length; i++) {
            legend.add(new Legend(professions[i], COLOURS[i], i * 200));
        }
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Growth.Year year : growth.years()) {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (int i = 0; i < professions.length; i++) {
                double w = round(year.of(professions[i]) * scale);
                if (w > 0) {
                    segments.add(new Segment(x, w, COLOURS[i]));
                    x = round(x + w);
                }
            }
            bars.add(new Bar(year.year(), year.total(), y + 14, y + 20, segments, round(x + 6)));
            y += ROW;
        }
        return new GrowthChart(WIDTH, y + 8, BAR_HEIGHT, bars, legend);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
