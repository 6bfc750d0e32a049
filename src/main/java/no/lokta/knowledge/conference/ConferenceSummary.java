package no.lokta.knowledge.conference;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dialogue conference (a programme activity) with its outcomes. */
public record ConferenceSummary(
        UUID activityId, String title, @Nullable LocalDateTime startsAt, String status, List<OutcomeSummary> outcomes) {

    public long done() {
        return outcomes.stream().filter(o -> o.status() == OutcomeStatus.DONE).count();
    }
}
