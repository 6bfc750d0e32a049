package no.lokta.project.calendar;

import java.time.LocalDate;
import java.util.List;

/** A year's deadlines by month, all twelve months, with the day it was read on. */
public record DeadlineCalendar(int year, LocalDate today, List<MonthEntries> months) {

    /** One month of the year and its deadlines, the whole-month duties first, then by day. */
    public record MonthEntries(int month, List<CalendarEntry> entries) {

        public long overdue() {
            return entries.stream().filter(CalendarEntry::overdue).count();
        }
    }

    public DeadlineCalendar {
        months = List.copyOf(months);
    }

    public int count() {
        return months.stream().mapToInt(m -> m.entries().size()).sum();
    }

    public long overdue() {
        return months.stream().mapToLong(MonthEntries::overdue).sum();
    }

    public List<CalendarEntry> entries() {
        return months.stream().flatMap(m -> m.entries().stream()).toList();
    }
}
