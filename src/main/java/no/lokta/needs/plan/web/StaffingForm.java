package no.lokta.needs.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.lokta.needs.plan.CompetencePlan;
import no.lokta.needs.plan.Staffing;
import no.lokta.needs.plan.StaffingCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.NumberFormat;

/**
 * The staffing table: the rows held, and an empty one to add. An empty row, or one marked to be
 * removed, is left out; empty numbers count as nought.
 */
class StaffingForm {

    /** In the reader's language: a decimal comma in Norwegian; no grouping, which people would not type. */
    static final String DECIMAL = "0.##";

    public List<Row> rows = new ArrayList<>();

    static class Row implements FormRow {
        public @Nullable String profession = "";

        @NumberFormat(pattern = DECIMAL)
        public @Nullable BigDecimal fullTimeEquivalents;

        @NumberFormat(pattern = DECIMAL)
        public @Nullable BigDecimal vacancies;

        public @Nullable Integer under30;
        public @Nullable Integer from30To49;
        public @Nullable Integer from50To59;
        public @Nullable Integer over60;

        @NumberFormat(pattern = DECIMAL)
        public @Nullable BigDecimal turnoverPercent;

        public boolean remove;

        @Override
        public boolean removed() {
            return remove;
        }

        @Override
        public boolean blank() {
            return TextsForm.text(profession).isBlank()
                    && fullTimeEquivalents == null
                    && vacancies == null
                    && under30 == null
                    && from30To49 == null
                    && from50To59 == null
                    && over60 == null
                    && turnoverPercent == null;
        }
    }

    static StaffingForm from(CompetencePlan plan) {
        StaffingForm f = new StaffingForm();
        for (Staffing s : plan.staffing()) {
            Row r = new Row();
            r.profession = s.profession();
            r.fullTimeEquivalents = s.fullTimeEquivalents();
            r.vacancies = s.vacancies();
            r.under30 = s.under30();
            r.from30To49 = s.from30To49();
            r.from50To59 = s.from50To59();
            r.over60 = s.over60();
            r.turnoverPercent = s.turnoverPercent();
            f.rows.add(r);
        }
        return f.withEmptyRow();
    }

    StaffingForm withEmptyRow() {
        rows.add(new Row());
        return this;
    }

    List<Integer> kept() {
        return FormRow.kept(rows);
    }

    StaffingCommand toCommand() {
        List<Staffing> list = new ArrayList<>();
        for (int i : kept()) {
            Row r = rows.get(i);
            list.add(new Staffing(
                    TextsForm.text(r.profession),
                    amount(r.fullTimeEquivalents),
                    amount(r.vacancies),
                    count(r.under30),
                    count(r.from30To49),
                    count(r.from50To59),
                    count(r.over60),
                    amount(r.turnoverPercent)));
        }
        return new StaffingCommand(list);
    }

    static BigDecimal amount(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
