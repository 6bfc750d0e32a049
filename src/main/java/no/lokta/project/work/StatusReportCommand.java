package no.lokta.project.work;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;

/**
 * A status report for a period: one light for the whole project, and one (with a comment) for each
 * goal and subproject it speaks of, keyed by their ids.
 */
public record StatusReportCommand(
        LocalDate periodFrom,
        LocalDate periodTo,
        Light overall,
        String text,
        Map<UUID, Light> lights,
        Map<UUID, String> comments) {

    public StatusReportCommand {
        text = text.strip();
        lights = Map.copyOf(lights);
        comments = Map.copyOf(comments);
        new FieldProblems()
                .when(periodTo.isBefore(periodFrom), "periodTo", "project.endsOn.beforeStart")
                .longest("text", text, ProjectCommand.MAX_TEXT)
                .when(comments.values().stream().anyMatch(c -> c.length() > 1000), "lights", "form.tooLong", 1000)
                .throwIfAny();
    }
}
