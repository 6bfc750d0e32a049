package no.lokta.needs.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** The provider's offer: the price, what it offers and the dates it proposes. */
public record OfferCommand(Nok price, String text, LocalDate proposedFrom, LocalDate proposedTo) {

    public OfferCommand {
        text = text.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("text", "NotBlank"));
        } else if (text.length() > OrderCommand.MAX_TEXT) {
            problems.add(new FieldProblem("text", "form.tooLong", OrderCommand.MAX_TEXT));
        }
        if (proposedTo.isBefore(proposedFrom)) {
            problems.add(new FieldProblem("proposedTo", "order.period.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
