package no.lokta.needs.survey;

import no.lokta.platform.web.Conflict;

/** A change to an answer already submitted. */
public class AnswerSubmitted extends Conflict {

    public AnswerSubmitted() {
        super("survey.answer.alreadySubmitted");
    }
}
