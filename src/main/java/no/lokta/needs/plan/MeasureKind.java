package no.lokta.needs.plan;

/** What kind of measure closes a gap. */
public enum MeasureKind {
    INTERNAL_TRAINING,
    PROGRAMME_ACTIVITY,
    FURTHER_EDUCATION,
    RECRUITMENT;

    public String messageKey() {
        return "plan.measureKind." + name();
    }
}
