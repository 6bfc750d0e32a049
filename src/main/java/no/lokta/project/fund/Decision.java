package no.lokta.project.fund;

/** The coordinator's decision on an application. */
public enum Decision {
    PENDING,
    AWARDED,
    REJECTED;

    public String messageKey() {
        return "fund.decision." + name();
    }
}
