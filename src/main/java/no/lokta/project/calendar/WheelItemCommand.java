package no.lokta.project.calendar;

import java.time.Month;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A duty of the year as the coordinator enters it: what, of which kind, in which month, on which
 * day if the day is fixed. The day must exist in that month in every year, so 28 at most in
 * February.
 */
public record WheelItemCommand(
        String title, WheelKind kind, int month, @Nullable Integer day, String description) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2000;

    public WheelItemCommand {
        title = title.strip();
        description = description.strip();
        boolean monthOk = month >= 1 && month <= 12;
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .longest("description", description, MAX_TEXT)
                .when(!monthOk, "month", "calendar.wheel.month.range")
                .when(
                        monthOk && day != null && (day < 1 || day > lastDay(month)),
                        "day",
                        "calendar.wheel.day.range",
                        monthOk ? lastDay(month) : 31)
                .throwIfAny();
    }

    /** The last day a month has in every year (28 for February). */
    public static int lastDay(int month) {
        return Month.of(month).minLength();
    }
}
