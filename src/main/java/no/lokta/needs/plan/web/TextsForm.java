package no.lokta.needs.plan.web;

import java.util.ArrayList;
import java.util.List;
import no.lokta.needs.plan.CompetencePlan;
import no.lokta.needs.plan.PlanTextsCommand;
import no.lokta.needs.plan.Step;
import no.lokta.needs.plan.StepStatus;
import org.jspecify.annotations.Nullable;

/** The seven steps with status and note, the goals and the evaluation, in one form. */
class TextsForm {

    public @Nullable String goals = "";
    public @Nullable String evaluation = "";
    public List<StepRow> steps = new ArrayList<>();

    static class StepRow {
        public no.lokta.needs.plan.@Nullable PlanStep step;
        public @Nullable StepStatus status;
        public @Nullable String note = "";
    }

    static TextsForm from(CompetencePlan plan) {
        TextsForm f = new TextsForm();
        f.goals = plan.goals();
        f.evaluation = plan.evaluation();
        for (Step s : plan.steps()) {
            StepRow row = new StepRow();
            row.step = s.step();
            row.status = s.status();
            row.note = s.note();
            f.steps.add(row);
        }
        return f;
    }

    PlanTextsCommand toCommand() {
        List<Step> list = new ArrayList<>();
        for (StepRow r : steps) {
            if (r.step != null) {
                list.add(new Step(r.step, r.status == null ? StepStatus.NOT_STARTED : r.status, text(r.note)));
            }
        }
        return new PlanTextsCommand(text(goals), text(evaluation), list);
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
