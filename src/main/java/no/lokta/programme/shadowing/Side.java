package no.lokta.programme.shadowing;

/** The two leaders who approve an application: the applicant's own, and the host's. */
public enum Side {
    HOME,
    HOST;

    public String messageKey() {
        return "placement.side." + name();
    }
}
