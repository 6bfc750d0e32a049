package no.lokta.needs.plan;

/** How far a municipality has come with a step. */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    public String messageKey() {
        return "plan.stepStatus." + name();
    }
}
