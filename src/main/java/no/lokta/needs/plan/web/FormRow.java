package no.lokta.needs.plan.web;

import java.util.ArrayList;
import java.util.List;

/** A row of a plan's rows form (staffing, competence, measures): left out when empty or marked removed. */
interface FormRow {

    boolean removed();

    boolean blank();

    /** The rows kept, by the index each has in the form, so that problems land at the right field. */
    static List<Integer> kept(List<? extends FormRow> rows) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).removed() && !rows.get(i).blank()) {
                kept.add(i);
            }
        }
        return kept;
    }
}
