package no.lokta.needs.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** A new, empty plan for a member municipality and a year. */
public record NewPlanCommand(UUID organisationId, int year) {

    public NewPlanCommand {
        List<FieldProblem> problems = new ArrayList<>();
        Rules.year(problems, "year", year);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
