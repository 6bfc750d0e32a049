package no.lokta.programme;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** One session of an activity, in Norwegian local time: where it meets, in a place or on video. */
public record SessionCommand(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {

    public SessionCommand {
        place = place.strip();
        videoLink = videoLink.strip();
        List<FieldProblem> problems = problems("", startsAt, endsAt, place, videoLink);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The broken rules of a session, with fields named after the given prefix. */
    static List<FieldProblem> problems(
            String prefix, LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!endsAt.isAfter(startsAt)) {
            problems.add(new FieldProblem(prefix + "endsAt", "session.endsAt.beforeStart"));
        }
        if (place.isBlank() && videoLink.isBlank()) {
            problems.add(new FieldProblem(prefix + "place", "session.place.required"));
        }
        if (place.length() > 200) {
            problems.add(new FieldProblem(prefix + "place", "form.tooLong", 200));
        }
        if (!videoLink.isBlank() && !videoLink.matches("https://\\S+")) {
            problems.add(new FieldProblem(prefix + "videoLink", "session.videoLink.invalid"));
        }
        return problems;
    }
}
