package no.lokta.project.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recurring duty of the year; {@code since} is the year it was entered, where its series starts. */
public record WheelItemSummary(
        UUID id,
        UUID collaborationId,
        String title,
        WheelKind kind,
        int month,
        @Nullable Integer day,
        String description,
        int since) {

    /** The day it falls on in a year: its own day, or the first of the month when it has none. */
    public LocalDate dateIn(int year) {
        return LocalDate.of(year, month, day == null ? 1 : day);
    }

    /** Whether it has a fixed day, or belongs to the month as a whole. */
    public boolean wholeMonth() {
        return day == null;
    }
}
