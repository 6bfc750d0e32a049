package no.lokta.needs.plan;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** The competence areas of a plan, required and held; it replaces the rows held. */
public record CompetenceCommand(List<CompetenceNeed> rows) {

    public CompetenceCommand {
        rows = List.copyOf(rows);
        List<FieldProblem> problems = new ArrayList<>();
        Rules.rows(problems, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CompetenceNeed r = rows.get(i);
            String at = "rows[" + i + "].";
            Rules.name(problems, at + "area", r.area());
            Rules.count(problems, at + "required", r.required());
            Rules.count(problems, at + "held", r.held());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
