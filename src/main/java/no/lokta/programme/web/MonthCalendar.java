package no.lokta.programme.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.SessionSummary;

/**
 * A month as weeks from Monday to Sunday, each day with the sessions that start on it. Days
 * outside the month are blank cells, so the grid stays a proper table with a header per weekday.
 */
record MonthCalendar(YearMonth month, List<Week> weeks, List<Day> daysWithSessions) {

    /** One session on a day: the activity it belongs to, its start and the seats left. */
    record Entry(UUID activityId, String title, LocalTime startsAt, int seatsLeft) {}

    /** A day of the grid; {@code inMonth} is false for the days that fill the first and last week. */
    record Day(LocalDate date, boolean inMonth, List<Entry> entries) {}

    record Week(int number, List<Day> days) {}

    static MonthCalendar of(YearMonth month, List<ActivitySummary> activities) {
        List<Entry>[] byDay = entriesByDay(month, activities);
        List<Week> weeks = new ArrayList<>();
        List<Day> withSessions = new ArrayList<>();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(last)) {
            List<Day> days = new ArrayList<>();
            int number = day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            for (int i = 0; i < 7; i++) {
                boolean inMonth = YearMonth.from(day).equals(month);
                Day d = new Day(day, inMonth, inMonth ? byDay[day.getDayOfMonth()] : List.of());
                days.add(d);
                if (!d.entries().isEmpty()) {
                    withSessions.add(d);
                }
                day = day.plusDays(1);
            }
            weeks.add(new Week(number, days));
        }
        return new MonthCalendar(month, weeks, withSessions);
    }

    @SuppressWarnings("unchecked")
    private static List<Entry>[] entriesByDay(YearMonth month, List<ActivitySummary> activities) {
        List<Entry>[] byDay = new List[32];
        for (int i = 0; i < byDay.length; i++) {
            byDay[i] = new ArrayList<>();
        }
        for (ActivitySummary a : activities) {
            for (SessionSummary s : a.sessions()) {
                if (YearMonth.from(s.startsAt()).equals(month)) {
                    byDay[s.startsAt().getDayOfMonth()].add(
                            new Entry(a.id(), a.title(), s.startsAt().toLocalTime(), a.seatsLeft()));
                }
            }
        }
        for (List<Entry> entries : byDay) {
            entries.sort(Comparator.comparing(Entry::startsAt).thenComparing(Entry::title));
        }
        return byDay;
    }
}
