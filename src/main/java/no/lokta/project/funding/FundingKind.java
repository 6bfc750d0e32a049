package no.lokta.project.funding;

/** Where a line of a funding plan comes from. */
public enum FundingKind {
    /** A grant from a funder (tilskudd). */
    GRANT,
    /** A partner's own contribution in money (egeninnsats). */
    OWN_MONEY,
    /** A partner's own contribution in hours at a rate. */
    OWN_HOURS,
    /** Any other income. */
    OTHER_INCOME;

    public boolean own() {
        return this == OWN_MONEY || this == OWN_HOURS;
    }

    public String messageKey() {
        return "funding.kind." + name();
    }
}
