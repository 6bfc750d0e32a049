package no.lokta.needs.need;

/** How soon a need must be met. */
public enum NeedUrgency {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "need.urgency." + name();
    }
}
