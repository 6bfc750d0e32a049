package no.lokta.knowledge.conference;

import no.lokta.platform.web.FieldProblems;

/** An outcome of a dialogue conference: what to carry on, in which field, who follows it up. */
public record OutcomeCommand(String text, Field field, String responsible, OutcomeStatus status, String followUp) {

    public OutcomeCommand {
        text = text.strip();
        responsible = responsible.strip();
        followUp = followUp.strip();
        new FieldProblems()
                .required("text", text, 2000)
                .longest("responsible", responsible, 200)
                .longest("followUp", followUp, 4000)
                .throwIfAny();
    }
}
