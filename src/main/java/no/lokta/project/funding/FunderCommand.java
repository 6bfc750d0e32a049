package no.lokta.project.funding;

import no.lokta.platform.web.FieldProblems;

/** A funder: a ministry, a county governor, a foundation. */
public record FunderCommand(String name, FunderKind kind) {

    public FunderCommand {
        name = name.strip();
        new FieldProblems().required("name", name, 200).throwIfAny();
    }
}
