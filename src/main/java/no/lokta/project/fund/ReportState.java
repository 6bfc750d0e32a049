package no.lokta.project.fund;

/** Where a receiver's follow-up report stands on a given day. */
public enum ReportState {
    /** No award, so no report owed. */
    NONE,
    DUE,
    OVERDUE,
    SUBMITTED;

    public String messageKey() {
        return "fund.report.state." + name();
    }
}
