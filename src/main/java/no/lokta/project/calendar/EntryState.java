package no.lokta.project.calendar;

/** Where a deadline stands; {@link #OVERDUE} is the one that asks for action. */
public enum EntryState {
    PLANNED,
    SUBMITTED,
    GRANTED,
    REJECTED,
    DUE,
    DONE,
    OVERDUE,
    OPEN,
    PASSED,
    DRAFT,
    CLOSED,
    RECURRING;

    public String messageKey() {
        return "calendar.state." + name();
    }
}
