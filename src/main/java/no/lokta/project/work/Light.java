package no.lokta.project.work;

/** A traffic light of a status report: on track, at risk, off track. */
public enum Light {
    GREEN,
    YELLOW,
    RED;

    public String messageKey() {
        return "light." + name();
    }
}
