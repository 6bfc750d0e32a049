package no.lokta.project.calendar;

/** Where a deadline in the calendar comes from. */
public enum EntryKind {
    APPLICATION,
    REPORTING_DUTY,
    MILESTONE,
    GRANT_SCHEME,
    FUND_CALL,
    FUND_REPORT,
    YEAR_WHEEL;

    public String messageKey() {
        return "calendar.kind." + name();
    }

    /** The word before the title in a calendar program, e.g. "Søknadsfrist". */
    public String summaryKey() {
        return "calendar.ics.summary." + name();
    }
}
