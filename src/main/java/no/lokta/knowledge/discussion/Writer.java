package no.lokta.knowledge.discussion;

import java.util.UUID;

/** The signed-in person who reads or writes, and whether they coordinate the collaboration. */
public record Writer(UUID accountId, String name, boolean coordinator) {

    public Writer {
        name = name.strip();
    }
}
