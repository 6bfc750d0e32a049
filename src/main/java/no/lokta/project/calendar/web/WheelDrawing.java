package no.lokta.project.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.project.calendar.CalendarEntry;
import no.lokta.project.calendar.DeadlineCalendar;
import no.lokta.project.calendar.EntryKind;

/**
 * The year wheel as coordinates for an inline SVG drawn by the server (no script): twelve month
 * sectors clockwise from January at the top, the year-wheel duties as circles on the inner band,
 * the year's deadlines as squares on the outer band (triangles when overdue: shape, not colour
 * alone), placed by their day in the month, and the number of entries of each month near the hub.
 * The table beside it is the text alternative.
 */
record WheelDrawing(int size, int centre, int year, List<Sector> sectors, List<Mark> marks) {

    /** One month: its sector's outline, where its name and its count are written. */
    record Sector(
            int month,
            String path,
            String fill,
            double labelX,
            double labelY,
            double countX,
            double countY,
            int count) {}

    /** One entry on the wheel. */
    record Mark(Shape shape, double x, double y, String points) {}

    enum Shape {
        DUTY,
        DEADLINE,
        OVERDUE
    }

    static final int SIZE = 520;
    static final int CENTRE = SIZE / 2;
    static final double OUTER = 250;
    static final double INNER = 78;
    static final double LABEL = 231;
    static final double DEADLINES = 200;
    static final double DUTIES = 152;
    static final double COUNT = 100;

    static WheelDrawing of(DeadlineCalendar calendar) {
        List<Sector> sectors = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (DeadlineCalendar.MonthEntries m : calendar.months()) {
            int month = m.month();
            double from = (month - 1) * 30.0;
            double to = month * 30.0;
            double mid = from + 15;
            sectors.add(new Sector(
                    month,
                    sector(from, to),
                    month % 2 == 0 ? "#e6edf5" : "#f7f9fc",
                    x(mid, LABEL),
                    y(mid, LABEL),
                    x(mid, COUNT),
                    y(mid, COUNT),
                    m.entries().size()));
            int lengthOfMonth = YearMonth.of(calendar.year(), month).lengthOfMonth();
            int duties = 0;
            int deadlines = 0;
            for (CalendarEntry e : m.entries()) {
                LocalDate date = e.date();
                double angle = e.wholeMonth() ? mid : from + 30.0 * (date.getDayOfMonth() - 0.5) / lengthOfMonth;
                if (e.kind() == EntryKind.YEAR_WHEEL) {
                    double r = DUTIES - 16 * (duties++ % 4);
                    marks.add(new Mark(Shape.DUTY, x(angle, r), y(angle, r), ""));
                } else {
                    double r = DEADLINES - 14 * (deadlines++ % 3);
                    double cx = x(angle, r);
                    double cy = y(angle, r);
                    marks.add(
                            e.overdue()
                                    ? new Mark(Shape.OVERDUE, cx, cy, triangle(cx, cy))
                                    : new Mark(Shape.DEADLINE, round(cx - 5), round(cy - 5), ""));
                }
            }
        }
        return new WheelDrawing(SIZE, CENTRE, calendar.year(), sectors, marks);
    }

    public String viewBox() {
        return "0 0 " + size + " " + size;
    }

    /** The ring between the inner and the outer circle from one angle to another (degrees from the top). */
    static String sector(double from, double to) {
        return String.format(
                Locale.ROOT,
                "M %.1f %.1f A %.0f %.0f 0 0 1 %.1f %.1f L %.1f %.1f A %.0f %.0f 0 0 0 %.1f %.1f Z",
                x(from, OUTER),
                y(from, OUTER),
                OUTER,
                OUTER,
                x(to, OUTER),
                y(to, OUTER),
                x(to, INNER),
                y(to, INNER),
                INNER,
                INNER,
                x(from, INNER),
                y(from, INNER));
    }

    private static String triangle(double cx, double cy) {
        return String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", cx, cy - 7, cx + 7, cy + 6, cx - 7, cy + 6);
    }

    /** A point at an angle clockwise from the top and a distance from the centre. */
    static double x(double degrees, double radius) {
        return round(CENTRE + radius * Math.sin(Math.toRadians(degrees)));
    }

    static double y(double degrees, double radius) {
        return round(CENTRE - radius * Math.cos(Math.toRadians(degrees)));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
