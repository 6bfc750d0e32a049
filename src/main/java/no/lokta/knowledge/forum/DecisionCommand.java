package no.lokta.knowledge.forum;

import java.time.LocalDate;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A decision of a meeting, with who follows it up, by when, and how far they have come. */
public record DecisionCommand(
        String text,
        String followUp,
        String responsible,
        @Nullable LocalDate dueOn,
        DecisionStatus status) {

    public DecisionCommand {
        text = text.strip();
        followUp = followUp.strip();
        responsible = responsible.strip();
        new FieldProblems()
                .required("text", text, 4000)
                .longest("followUp", followUp, 4000)
                .longest("responsible", responsible, 200)
                .throwIfAny();
    }
}
