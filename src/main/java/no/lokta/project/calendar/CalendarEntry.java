package no.lokta.project.calendar;

import java.time.LocalDate;

/**
 * One deadline: its day, what kind, its title, the project or source it belongs to, where it
 * stands, and the page where it is handled. {@code uid} is stable for the same deadline, so a
 * calendar program updates the event instead of adding another; {@code wholeMonth} is a
 * year-wheel duty without a fixed day.
 */
public record CalendarEntry(
        LocalDate date,
        EntryKind kind,
        String title,
        String source,
        EntryState state,
        String link,
        String uid,
        boolean wholeMonth) {

    public boolean overdue() {
        return state == EntryState.OVERDUE;
    }
}
