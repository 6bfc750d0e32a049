package no.lokta.project.help;

import no.lokta.platform.web.FieldProblems;

/** The coordinator's handling of a request: where it stands and what came of it. */
public record HandlingCommand(HelpStatus status, String outcome) {

    public static final int MAX_OUTCOME = 4000;

    public HandlingCommand {
        outcome = outcome.strip();
        new FieldProblems().longest("outcome", outcome, MAX_OUTCOME).throwIfAny();
    }
}
