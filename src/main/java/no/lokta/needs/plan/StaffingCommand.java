package no.lokta.needs.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** The staffing table of a plan, one row per profession; it replaces the rows held. */
public record StaffingCommand(List<Staffing> rows) {

    public StaffingCommand {
        rows = List.copyOf(rows);
        List<FieldProblem> problems = new ArrayList<>();
        Rules.rows(problems, rows.size());
        Set<String> professions = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Staffing r = rows.get(i);
            String at = "rows[" + i + "].";
            Rules.name(problems, at + "profession", r.profession());
            if (!r.profession().isEmpty() && !professions.add(r.profession().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(at + "profession", "plan.staffing.profession.twice"));
            }
            Rules.amount(problems, at + "fullTimeEquivalents", r.fullTimeEquivalents());
            Rules.amount(problems, at + "vacancies", r.vacancies());
            Rules.count(problems, at + "under30", r.under30());
            Rules.count(problems, at + "from30To49", r.from30To49());
            Rules.count(problems, at + "from50To59", r.from50To59());
            Rules.count(problems, at + "over60", r.over60());
            if (r.turnoverPercent().signum() < 0 || r.turnoverPercent().compareTo(Rules.HUNDRED) > 0) {
                problems.add(new FieldProblem(at + "turnoverPercent", "plan.staffing.turnover.range"));
            } else if (r.turnoverPercent().stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(at + "turnoverPercent", "plan.decimals"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
