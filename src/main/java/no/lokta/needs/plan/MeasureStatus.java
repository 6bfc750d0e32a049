package no.lokta.needs.plan;

/** Where a measure stands. */
public enum MeasureStatus {
    PLANNED,
    STARTED,
    DONE;

    public String messageKey() {
        return "plan.measureStatus." + name();
    }
}
