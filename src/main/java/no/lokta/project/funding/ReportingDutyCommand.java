package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A report owed to a funder: what, to whom, when due, and how many days before that the
 * coordinators get a reminder by mail. Usually it comes with a granted application.
 */
public record ReportingDutyCommand(
        @Nullable UUID applicationId, String what, String recipient, LocalDate dueOn, int remindDays) {

    public ReportingDutyCommand {
        what = what.strip();
        recipient = recipient.strip();
        new FieldProblems()
                .required("what", what, 200)
                .longest("recipient", recipient, 200)
                .when(remindDays < 0 || remindDays > 365, "remindDays", "duty.remindDays.range")
                .throwIfAny();
    }
}
