package no.lokta.project.funding;

import java.time.LocalDate;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;

/**
 * What a funder granted, when, and on which conditions. More than was applied for needs a note
 * saying why, so that the figures are not read as a typing error.
 */
public record GrantDecision(Nok granted, LocalDate grantedOn, String conditions, String note) {

    public GrantDecision {
        conditions = conditions.strip();
        note = note.strip();
        new FieldProblems()
                .longest("conditions", conditions, 4000)
                .longest("note", note, 1000)
                .throwIfAny();
    }
}
