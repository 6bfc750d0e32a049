package no.lokta.project.help;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A year of help per member: the requests received that year, how many of them are done, and the
 * hours logged that year.
 */
public record HelpReport(int year, List<Row> rows) {

    /** One member's figures. */
    public record Row(UUID organisationId, String name, int requests, int done, BigDecimal hours) {}

    public HelpReport {
        rows = List.copyOf(rows);
    }

    public int requests() {
        return rows.stream().mapToInt(Row::requests).sum();
    }

    public int done() {
        return rows.stream().mapToInt(Row::done).sum();
    }

    public BigDecimal hours() {
        return rows.stream().map(Row::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int mostRequests() {
        return rows.stream().mapToInt(Row::requests).max().orElse(0);
    }
}
