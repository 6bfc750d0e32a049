package no.lokta.project.fund;

import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;

/** A member organisation's application: the project, what it costs the fund, and whom to ask. */
public record ApplyCommand(String title, String description, Nok amount, String contact) {

    public ApplyCommand {
        title = title.strip();
        description = description.strip();
        contact = contact.strip();
        new FieldProblems()
                .required("title", title, CallCommand.MAX_TITLE)
                .longest("description", description, CallCommand.MAX_TEXT)
                .when(amount.ore() <= 0, "amount", "fund.amount.positive")
                .required("contact", contact, 200)
                .throwIfAny();
    }
}
