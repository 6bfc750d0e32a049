package no.lokta.knowledge.conference;

/** The three fields Helsedialog worked in at once: governance, services and the individual meeting. */
public enum Field {
    GOVERNANCE,
    SERVICES,
    INDIVIDUAL;

    public String messageKey() {
        return "conference.field." + name();
    }
}
