package no.lokta.knowledge.consultant;

/** The profession of a practice consultant: first GPs, later nurses and physiotherapists. */
public enum Profession {
    GP,
    NURSE,
    PHYSIOTHERAPIST,
    OTHER;

    public String messageKey() {
        return "consultant.profession." + name();
    }
}
