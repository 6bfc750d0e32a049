package no.lokta.programme.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionCommand;
import org.jspecify.annotations.Nullable;

/** Activities for the tests of this package: open for registration now, starting in 2030. */
final class TestActivities {

    private TestActivities() {}

    static ActivitySummary open(
            ProgrammeManagement programme,
            UUID collaborationId,
            String title,
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDate quotaReleaseOn,
            boolean leaderApproval) {
        return programme.createActivity(
                collaborationId,
                new ActivityCommand(
                        null,
                        ActivityKind.RELATIVES_SCHOOL,
                        title,
                        "Kvelder for pårørende",
                        Audience.RELATIVES,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 5, 2, 18, 0), LocalDateTime.of(2030, 5, 2, 20, 0), "Bardu", "")),
                        capacity,
                        quotas,
                        quotaReleaseOn,
                        null,
                        null,
                        leaderApproval,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
    }

    static ActivitySummary open(ProgrammeManagement programme, UUID collaborationId, String title, int capacity) {
        return open(programme, collaborationId, title, capacity, Map.of(), null, false);
    }

    /** Registration closed long ago. */
    static ActivitySummary closed(ProgrammeManagement programme, UUID collaborationId, String title) {
        return programme.createActivity(
                collaborationId,
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        title,
                        "",
                        Audience.OPEN,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 5, 2, 9, 0), LocalDateTime.of(2030, 5, 2, 15, 0), "Bardu", "")),
                        10,
                        Map.of(),
                        null,
                        LocalDateTime.of(2020, 1, 1, 0, 0),
                        LocalDateTime.of(2020, 2, 1, 0, 0),
                        false,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
    }
}
