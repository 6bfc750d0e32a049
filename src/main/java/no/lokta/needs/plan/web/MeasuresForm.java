package no.lokta.needs.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.plan.CompetencePlan;
import no.lokta.needs.plan.Measure;
import no.lokta.needs.plan.MeasureKind;
import no.lokta.needs.plan.MeasureStatus;
import no.lokta.needs.plan.MeasuresCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The measures: those held and an empty one to add; a row without a description is left out. */
class MeasuresForm {

    public List<Row> rows = new ArrayList<>();

    static class Row implements FormRow {
        public @Nullable MeasureKind kind = MeasureKind.INTERNAL_TRAINING;
        public @Nullable String description = "";
        public @Nullable String responsible = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate deadline;

        public @Nullable MeasureStatus status = MeasureStatus.PLANNED;
        public @Nullable UUID activityId;
        public boolean remove;

        @Override
        public boolean removed() {
            return remove;
        }

        @Override
        public boolean blank() {
            return TextsForm.text(description).isBlank()
                    && TextsForm.text(responsible).isBlank()
                    && deadline == null
                    && activityId == null;
        }
    }

    static MeasuresForm from(CompetencePlan plan) {
        MeasuresForm f = new MeasuresForm();
        for (Measure m : plan.measures()) {
            Row r = new Row();
            r.kind = m.kind();
            r.description = m.description();
            r.responsible = m.responsible();
            r.deadline = m.deadline();
            r.status = m.status();
            r.activityId = m.activityId();
            f.rows.add(r);
        }
        return f.withEmptyRow();
    }

    MeasuresForm withEmptyRow() {
        rows.add(new Row());
        return this;
    }

    List<Integer> kept() {
        return FormRow.kept(rows);
    }

    MeasuresCommand toCommand(int year) {
        List<Measure> list = new ArrayList<>();
        for (int i : kept()) {
            Row r = rows.get(i);
            list.add(new Measure(
                    r.kind == null ? MeasureKind.INTERNAL_TRAINING : r.kind,
                    TextsForm.text(r.description),
                    TextsForm.text(r.responsible),
                    r.deadline,
                    r.status == null ? MeasureStatus.PLANNED : r.status,
                    r.activityId));
        }
        return new MeasuresCommand(year, list);
    }
}
