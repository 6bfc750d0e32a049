package no.lokta.knowledge.priority.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.priority.PriorityArea;
import no.lokta.knowledge.priority.PriorityAreaCommand;
import org.jspecify.annotations.Nullable;

/** The form of a priority area; a position left empty puts a new area last and keeps an old one where it is. */
record PriorityAreaForm(
        @NotBlank @Size(max = PriorityAreaCommand.MAX_NAME) @Nullable
        String name,

        @NotBlank @Size(max = PriorityAreaCommand.MAX_GOAL) @Nullable
        String goal,

        @Size(max = PriorityAreaCommand.MAX_DESCRIPTION) @Nullable
        String description,

        @Min(1) @Max(100) @Nullable Integer position,
        @Nullable Set<UUID> categoryIds) {

    static PriorityAreaForm empty() {
        return new PriorityAreaForm("", "", "", null, Set.of());
    }

    static PriorityAreaForm from(PriorityArea a) {
        Set<UUID> categories = new LinkedHashSet<>();
        a.categories().forEach(c -> categories.add(c.id()));
        return new PriorityAreaForm(a.name(), a.goal(), a.description(), a.position(), categories);
    }

    PriorityAreaCommand toCommand() {
        return new PriorityAreaCommand(
                text(name), text(goal), text(description), position, categoryIds == null ? Set.of() : categoryIds);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
