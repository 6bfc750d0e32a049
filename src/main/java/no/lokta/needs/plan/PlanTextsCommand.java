package no.lokta.needs.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** The steps' status and notes, the goals and the evaluation: every step once, in order. */
public record PlanTextsCommand(String goals, String evaluation, List<Step> steps) {

    public PlanTextsCommand {
        goals = goals.strip();
        evaluation = evaluation.strip();
        steps = List.copyOf(steps);
        List<FieldProblem> problems = new ArrayList<>();
        Rules.text(problems, "goals", goals);
        Rules.text(problems, "evaluation", evaluation);
        Set<PlanStep> seen = EnumSet.noneOf(PlanStep.class);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Rules.text(problems, "steps[" + i + "].note", s.note());
            seen.add(s.step());
        }
        if (steps.size() != PlanStep.values().length || seen.size() != steps.size()) {
            problems.add(new FieldProblem("steps", "plan.steps.incomplete"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
