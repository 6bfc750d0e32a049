package no.lokta.project.funding;

/** Where a grant application stands. */
public enum ApplicationStatus {
    PLANNED,
    SUBMITTED,
    GRANTED,
    REJECTED;

    public String messageKey() {
        return "application.status." + name();
    }
}
