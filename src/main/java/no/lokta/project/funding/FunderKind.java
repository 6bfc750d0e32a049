package no.lokta.project.funding;

/** Who a funder is. */
public enum FunderKind {
    MINISTRY,
    DIRECTORATE,
    COUNTY_GOVERNOR,
    REGIONAL_HEALTH_AUTHORITY,
    FOUNDATION,
    OTHER;

    public String messageKey() {
        return "funder.kind." + name();
    }
}
