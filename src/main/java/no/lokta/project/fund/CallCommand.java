package no.lokta.project.fund;

import java.time.LocalDate;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;

/** A call for development funds as the coordinator writes it: what, on which criteria, how much, when. */
public record CallCommand(
        String title, String description, String criteria, Nok pot, LocalDate opensOn, LocalDate deadline) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    public CallCommand {
        title = title.strip();
        description = description.strip();
        criteria = criteria.strip();
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .longest("description", description, MAX_TEXT)
                .longest("criteria", criteria, MAX_TEXT)
                .when(pot.ore() <= 0, "pot", "fund.amount.positive")
                .when(deadline.isBefore(opensOn), "deadline", "fund.deadline.beforeOpening")
                .throwIfAny();
    }
}
