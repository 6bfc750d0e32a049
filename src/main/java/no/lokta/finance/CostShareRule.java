package no.lokta.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration's key for sharing its costs (fordelingsnøkkel): a share split equally among the
 * members and a share split by population, in basis points (1 % = 100) so that rules such as
 * 33,33 % stay exact, and which population figure counts.
 */
public record CostShareRule(
        int equalShareBasisPoints, int populationShareBasisPoints, PopulationBasis populationBasis) {

    public static final int WHOLE = 10_000;

    /** LØKTA's rule, used until a collaboration saves its own: 20 % equal, 80 % by population. */
    public static final CostShareRule DEFAULT = new CostShareRule(2_000, 8_000, PopulationBasis.BUDGET_YEAR);

    public static final String EQUAL_FIELD = "equalSharePercent";
    public static final String POPULATION_FIELD = "populationSharePercent";
    public static final String BASIS_FIELD = "populationBasis";

    public CostShareRule {
        List<FieldProblem> problems = new ArrayList<>();
        checkRange(EQUAL_FIELD, equalShareBasisPoints, problems);
        checkRange(POPULATION_FIELD, populationShareBasisPoints, problems);
        if (problems.isEmpty() && equalShareBasisPoints + populationShareBasisPoints != WHOLE) {
            problems.add(new FieldProblem(
                    EQUAL_FIELD, "costShareRule.sum", percent(equalShareBasisPoints + populationShareBasisPoints)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * A rule from percentages as people write them (at most two decimals), every field checked
     * before anything is saved; a missing value is reported on its field.
     */
    public static CostShareRule ofPercent(
            @Nullable BigDecimal equalSharePercent,
            @Nullable BigDecimal populationSharePercent,
            @Nullable PopulationBasis populationBasis) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer equal = basisPoints(EQUAL_FIELD, equalSharePercent, problems);
        Integer population = basisPoints(POPULATION_FIELD, populationSharePercent, problems);
        if (populationBasis == null) {
            problems.add(new FieldProblem(BASIS_FIELD, "NotNull"));
        }
        if (equal == null || population == null || populationBasis == null) {
            throw new InvalidInput(problems);
        }
        return new CostShareRule(equal, population, populationBasis);
    }

    public BigDecimal equalSharePercent() {
        return percent(equalShareBasisPoints);
    }

    public BigDecimal populationSharePercent() {
        return percent(populationShareBasisPoints);
    }

    private static BigDecimal percent(int basisPoints) {
        BigDecimal p = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    private static void checkRange(String field, int basisPoints, List<FieldProblem> problems) {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            problems.add(new FieldProblem(field, "costShareRule.percent.range"));
        }
    }

    private static @Nullable Integer basisPoints(
            String field, @Nullable BigDecimal percent, List<FieldProblem> problems) {
        if (percent == null) {
            problems.add(new FieldProblem(field, "NotNull"));
            return null;
        }
        BigDecimal points = percent.movePointRight(2).stripTrailingZeros();
        if (points.scale() > 0) {
            problems.add(new FieldProblem(field, "costShareRule.percent.decimals"));
            return null;
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(WHOLE)) > 0) {
            problems.add(new FieldProblem(field, "costShareRule.percent.range"));
            return null;
        }
        return points.intValueExact();
    }
}
