package no.lokta.finance.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lokta.finance.CostShareRule;
import no.lokta.finance.PopulationBasis;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The cost-share rule as entered: percentages with a comma or a point, at most two decimals. */
record CostShareRuleForm(
        @Size(max = 20) @Nullable String equalSharePercent,
        @Size(max = 20) @Nullable String populationSharePercent,
        @Nullable PopulationBasis populationBasis) {

    static CostShareRuleForm from(CostShareRule rule) {
        return new CostShareRuleForm(
                rule.equalSharePercent().toPlainString(),
                rule.populationSharePercent().toPlainString(),
                rule.populationBasis());
    }

    CostShareRule toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal equal = NumberText.percent(CostShareRule.EQUAL_FIELD, equalSharePercent, problems);
        BigDecimal population = NumberText.percent(CostShareRule.POPULATION_FIELD, populationSharePercent, problems);
        try {
            return CostShareRule.ofPercent(equal, population, populationBasis);
        } catch (InvalidInput e) {
            // a field that could not be read is reported once, as unreadable
            Set<String> unreadable = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            e.errors().stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            throw new InvalidInput(problems);
        }
    }
}
