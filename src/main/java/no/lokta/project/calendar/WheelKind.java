package no.lokta.project.calendar;

/** What a recurring duty of the year is about. */
public enum WheelKind {
    BUDGET,
    OWNER_REPORT,
    APPLICATION,
    GATHERING,
    OTHER;

    public String messageKey() {
        return "calendar.wheel.kind." + name();
    }
}
