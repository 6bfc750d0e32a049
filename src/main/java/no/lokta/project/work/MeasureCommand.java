package no.lokta.project.work;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A measure tried in practice (an inter-municipal nutritionist, say), from a date, with the
 * organisation that coordinates it, and the unit of it that does (Stjørdal DMS).
 */
public record MeasureCommand(
        String name,
        String description,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID coordinatorId,
        String coordinatingUnit,
        String outcome) {

    public MeasureCommand {
        name = name.strip();
        description = description.strip();
        coordinatingUnit = coordinatingUnit.strip();
        outcome = outcome.strip();
        new FieldProblems()
                .required("name", name, ProjectCommand.MAX_NAME)
                .longest("description", description, ProjectCommand.MAX_TEXT)
                .when(endsOn != null && endsOn.isBefore(startsOn), "endsOn", "project.endsOn.beforeStart")
                .longest("coordinatingUnit", coordinatingUnit, 200)
                .longest("outcome", outcome, ProjectCommand.MAX_TEXT)
                .throwIfAny();
    }
}
