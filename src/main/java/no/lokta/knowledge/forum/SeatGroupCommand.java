package no.lokta.knowledge.forum;

import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A group of seats, perhaps within another group ("of which 2 GPs"). */
public record SeatGroupCommand(
        String name, int seats, @Nullable UUID parentId) {

    public SeatGroupCommand {
        name = name.strip();
        new FieldProblems()
                .required("name", name, 200)
                .when(seats < 1 || seats > 100, "seats", "forum.group.seats.range")
                .throwIfAny();
    }
}
