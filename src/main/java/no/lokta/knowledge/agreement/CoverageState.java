package no.lokta.knowledge.agreement;

/**
 * How a topic stands for a municipality on a day: a signed version whose revision is not yet due, a
 * revision that is due (passed, or within the reminder window), no signed version, or a topic that
 * was not yet in force.
 */
public enum CoverageState {
    CURRENT("✓"),
    DUE("!"),
    MISSING("✗"),
    NOT_APPLICABLE("–");

    private final String symbol;

    CoverageState(String symbol) {
        this.symbol = symbol;
    }

    /** Shown beside the text, never instead of it. */
    public String symbol() {
        return symbol;
    }

    public String messageKey() {
        return "agreement.state." + name();
    }
}
