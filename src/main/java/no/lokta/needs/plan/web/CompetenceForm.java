package no.lokta.needs.plan.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.needs.plan.CompetenceCommand;
import no.lokta.needs.plan.CompetenceNeed;
import no.lokta.needs.plan.CompetencePlan;
import org.jspecify.annotations.Nullable;

/** Competence areas, required and held: the rows held and an empty one to add. */
class CompetenceForm {

    public List<Row> rows = new ArrayList<>();

    static class Row implements FormRow {
        public @Nullable String area = "";
        public @Nullable Integer required;
        public @Nullable Integer held;
        public boolean remove;

        @Override
        public boolean removed() {
            return remove;
        }

        @Override
        public boolean blank() {
            return TextsForm.text(area).isBlank() && required == null && held == null;
        }
    }

    static CompetenceForm from(CompetencePlan plan) {
        CompetenceForm f = new CompetenceForm();
        for (CompetenceNeed c : plan.competence()) {
            Row r = new Row();
            r.area = c.area();
            r.required = c.required();
            r.held = c.held();
            f.rows.add(r);
        }
        return f.withEmptyRow();
    }

    CompetenceForm withEmptyRow() {
        rows.add(new Row());
        return this;
    }

    List<Integer> kept() {
        return FormRow.kept(rows);
    }

    CompetenceCommand toCommand() {
        List<CompetenceNeed> list = new ArrayList<>();
        for (int i : kept()) {
            Row r = rows.get(i);
            list.add(new CompetenceNeed(
                    TextsForm.text(r.area), StaffingForm.count(r.required), StaffingForm.count(r.held)));
        }
        return new CompetenceCommand(list);
    }
}
