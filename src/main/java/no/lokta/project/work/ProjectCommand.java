package no.lokta.project.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A project as the coordinator enters it. No owner means the collaboration itself owns it. The
 * matching share is the rule for own contribution against grants (1 = at least as much as the
 * grants); none means no rule.
 */
public record ProjectCommand(
        String name,
        String purpose,
        @Nullable UUID ownerId,
        Set<UUID> participantIds,
        String leader,
        String steeringGroup,
        ProjectPhase phase,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable BigDecimal matchingShare) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;

    public ProjectCommand {
        name = name.strip();
        purpose = purpose.strip();
        leader = leader.strip();
        steeringGroup = steeringGroup.strip();
        participantIds = Collections.unmodifiableSet(new LinkedHashSet<>(participantIds));
        new FieldProblems()
                .required("name", name, MAX_NAME)
                .longest("purpose", purpose, MAX_TEXT)
                .longest("leader", leader, 200)
                .longest("steeringGroup", steeringGroup, 1000)
                .when(endsOn != null && endsOn.isBefore(startsOn), "endsOn", "project.endsOn.beforeStart")
                .when(
                        matchingShare != null
                                && (matchingShare.signum() < 0 || matchingShare.compareTo(BigDecimal.TEN) > 0),
                        "matchingShare",
                        "project.matchingShare.range")
                .throwIfAny();
    }
}
