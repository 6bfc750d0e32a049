package no.lokta.programme.attendance;

import java.util.List;

/** The outcome of an uploaded list: all marked present, or nothing changed and the problems. */
public record ImportReport(int marked, List<AttendanceList.Problem> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
