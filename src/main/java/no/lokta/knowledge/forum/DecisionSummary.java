package no.lokta.knowledge.forum;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A numbered decision ("sak 3/2026") with its follow-up. */
public record DecisionSummary(
        UUID id,
        UUID meetingId,
        UUID forumId,
        int year,
        int number,
        String text,
        String followUp,
        String responsible,
        @Nullable LocalDate dueOn,
        DecisionStatus status) {

    public String label() {
        return number + "/" + year;
    }
}
