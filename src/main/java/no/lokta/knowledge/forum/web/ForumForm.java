package no.lokta.knowledge.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.knowledge.forum.ForumCommand;
import no.lokta.knowledge.forum.ForumKind;
import no.lokta.knowledge.forum.ForumSummary;
import org.jspecify.annotations.Nullable;

/** The forum form. */
record ForumForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable ForumKind kind,
        @Size(max = 4000) @Nullable String description) {

    static ForumForm empty() {
        return new ForumForm("", ForumKind.COLLABORATION_FORUM, "");
    }

    static ForumForm from(ForumSummary f) {
        return new ForumForm(f.name(), f.kind(), f.description());
    }

    ForumCommand toCommand() {
        return new ForumCommand(text(name), Objects.requireNonNull(kind), text(description));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
