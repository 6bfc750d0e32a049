package no.lokta.project.fund;

import java.time.LocalDate;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;

/** Money awarded to an application, and the day its follow-up report is due. */
public record AwardCommand(Nok amount, LocalDate reportDue) {

    public AwardCommand {
        new FieldProblems()
                .when(amount.ore() <= 0, "amount", "fund.amount.positive")
                .throwIfAny();
    }
}
