package no.lokta.project.work;

import java.time.LocalDate;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A milestone: what, when due, and when reached. */
public record MilestoneCommand(
        String name, LocalDate dueOn, @Nullable LocalDate doneOn) {

    public MilestoneCommand {
        name = name.strip();
        new FieldProblems().required("name", name, ProjectCommand.MAX_NAME).throwIfAny();
    }
}
