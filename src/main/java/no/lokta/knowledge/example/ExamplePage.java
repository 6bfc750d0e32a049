package no.lokta.knowledge.example;

import java.util.List;

/** One page of a search, with how many examples were found in all. */
public record ExamplePage(List<ExampleHit> hits, int total, int page, int size) {

    public ExamplePage {
        hits = List.copyOf(hits);
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
