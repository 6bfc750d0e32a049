package no.lokta.needs.need;

/** Where a need stands: open until ordered, then covered or not; closed when no longer followed. */
public enum NeedStatus {
    OPEN,
    ORDERED,
    COVERED,
    NOT_COVERED,
    CLOSED;

    public String messageKey() {
        return "need.status." + name();
    }
}
