package no.lokta.knowledge.priority;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A priority area as the coordinator writes it; without a position it goes last. The categories
 * must be the collaboration's own: {@link PriorityManagement} checks that.
 */
public record PriorityAreaCommand(
        String name,
        String goal,
        String description,
        @Nullable Integer position,
        Set<UUID> categoryIds) {

    public static final int MAX_NAME = 200;
    public static final int MAX_GOAL = 1000;
    public static final int MAX_DESCRIPTION = 4000;

    public PriorityAreaCommand {
        name = name.strip();
        goal = goal.strip();
        description = description.strip();
        categoryIds = Collections.unmodifiableSet(new LinkedHashSet<>(categoryIds));
        new FieldProblems()
                .required("name", name, MAX_NAME)
                .required("goal", goal, MAX_GOAL)
                .longest("description", description, MAX_DESCRIPTION)
                .when(
                        position != null && (position < 1 || position > 100),
                        "position",
                        "priority.position.range",
                        1,
                        100)
                .throwIfAny();
    }
}
