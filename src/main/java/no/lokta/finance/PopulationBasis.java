package no.lokta.finance;

/** Which population figure the split uses: 1 January of the budget year, or of the year before. */
public enum PopulationBasis {
    BUDGET_YEAR,
    PREVIOUS_YEAR;

    /** The year whose 1 January figure counts for a budget year. */
    public int populationYear(int budgetYear) {
        return this == BUDGET_YEAR ? budgetYear : budgetYear - 1;
    }

    /** Key of the basis's name in the message bundles. */
    public String messageKey() {
        return "costShareRule.basis." + name();
    }
}
