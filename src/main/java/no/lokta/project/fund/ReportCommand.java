package no.lokta.project.fund;

import no.lokta.platform.web.FieldProblems;

/** A receiver's follow-up report: what was done with the money and what came of it. */
public record ReportCommand(String text) {

    public static final int MAX_TEXT = 8000;

    public ReportCommand {
        text = text.strip();
        new FieldProblems().required("text", text, MAX_TEXT).throwIfAny();
    }
}
