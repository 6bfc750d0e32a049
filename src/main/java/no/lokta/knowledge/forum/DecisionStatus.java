package no.lokta.knowledge.forum;

/** How the follow-up of a decision stands. */
public enum DecisionStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    public String messageKey() {
        return "forum.decision.status." + name();
    }
}
