package no.lokta.project.help;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.lokta.platform.web.FieldProblems;

/** Time the coordinator spent on a request on one day, in hours (two decimals at most). */
public record TimeEntryCommand(LocalDate workedOn, BigDecimal hours, String note) {

    public static final BigDecimal MOST = new BigDecimal("999.99");
    public static final int MAX_NOTE = 500;

    public TimeEntryCommand {
        note = note.strip();
        new FieldProblems()
                .when(hours.signum() < 0, "hours", "help.hours.negative")
                .when(
                        hours.signum() >= 0
                                && (hours.compareTo(MOST) > 0
                                        || hours.stripTrailingZeros().scale() > 2),
                        "hours",
                        "help.hours.range")
                .longest("note", note, MAX_NOTE)
                .throwIfAny();
    }
}
