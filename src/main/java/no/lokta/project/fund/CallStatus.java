package no.lokta.project.fund;

/** Where a call for development funds stands: being written, open for applications, or closed. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED;

    /** The statuses a call may move to from this one. */
    public boolean mayGoTo(CallStatus to) {
        return switch (this) {
            case DRAFT -> to == OPEN;
            case OPEN -> to == CLOSED;
            case CLOSED -> to == OPEN;
        };
    }

    public String messageKey() {
        return "fund.call.status." + name();
    }
}
