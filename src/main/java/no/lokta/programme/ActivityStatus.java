package no.lokta.programme;

/** Where an activity stands: only published activities are shown and take registrations. */
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED;

    public String messageKey() {
        return "activity.status." + name();
    }
}
