package no.lokta.knowledge.forum;

import java.time.LocalDateTime;
import no.lokta.platform.web.FieldProblems;

/** A meeting of a forum: when, where, and its agenda. */
public record MeetingCommand(String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, String agenda) {

    public MeetingCommand {
        title = title.strip();
        place = place.strip();
        agenda = agenda.strip();
        new FieldProblems()
                .required("title", title, 200)
                .when(!endsAt.isAfter(startsAt), "endsAt", "forum.meeting.endsBeforeStart")
                .longest("place", place, 200)
                .longest("agenda", agenda, 10_000)
                .throwIfAny();
    }
}
