package no.lokta.programme.shadowing;

/**
 * Where an application stands. Both leaders approve, in either order; the second approval accepts
 * it if a place is left. Either may decline, with a reason.
 */
public enum ApplicationStatus {
    SUBMITTED,
    HOME_APPROVED,
    HOST_APPROVED,
    ACCEPTED,
    DECLINED;

    /** Still waiting for a leader. */
    public boolean awaiting() {
        return this == SUBMITTED || this == HOME_APPROVED || this == HOST_APPROVED;
    }

    /** Whether this side's leader has yet to approve. */
    public boolean awaits(Side side) {
        return this == SUBMITTED || (side == Side.HOME ? this == HOST_APPROVED : this == HOME_APPROVED);
    }

    public String messageKey() {
        return "placement.application.status." + name();
    }
}
