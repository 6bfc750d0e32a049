package no.lokta.project.scheme;

/** Who gives the grants of a scheme. */
public enum FunderKind {
    MINISTRY,
    DIRECTORATE,
    COUNTY_GOVERNOR,
    REGIONAL_HEALTH_AUTHORITY,
    FOUNDATION,
    OTHER;

    public String messageKey() {
        return "scheme.funderKind." + name();
    }
}
