package no.lokta.programme;

import java.util.List;

/** One page of the public programme and how many activities match in all. */
public record ProgrammePage(List<ActivitySummary> activities, int total, int page, int pageSize) {

    public ProgrammePage {
        activities = List.copyOf(activities);
    }

    /** How many pages there are in all (at least one). */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
