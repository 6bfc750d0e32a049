package no.lokta.project.work;

import java.time.LocalDate;
import no.lokta.platform.web.FieldProblems;

/** A decision taken about the project: when, by whom (the steering group, say) and what. */
public record DecisionCommand(LocalDate decidedOn, String decidedBy, String text) {

    public DecisionCommand {
        decidedBy = decidedBy.strip();
        text = text.strip();
        new FieldProblems()
                .longest("decidedBy", decidedBy, 200)
                .required("text", text, ProjectCommand.MAX_TEXT)
                .throwIfAny();
    }
}
