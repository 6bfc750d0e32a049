package no.lokta.knowledge.conference;

/** How an outcome of a conference was followed up. */
public enum OutcomeStatus {
    AGREED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public String messageKey() {
        return "conference.status." + name();
    }
}
