package no.lokta.knowledge.forum.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.forum.SeatGroupCommand;
import org.jspecify.annotations.Nullable;

/** A group of seats, perhaps within another. */
record SeatGroupForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Min(1) @Max(100) @Nullable Integer seats,
        @Nullable UUID parentId) {

    static SeatGroupForm empty() {
        return new SeatGroupForm("", 1, null);
    }

    SeatGroupCommand toCommand() {
        return new SeatGroupCommand(ForumForm.text(name), Objects.requireNonNull(seats), parentId);
    }
}
