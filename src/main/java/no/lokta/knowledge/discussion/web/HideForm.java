package no.lokta.knowledge.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a moderator hides a post. */
record HideForm(@NotBlank @Size(max = 500) @Nullable String reason) {

    static HideForm empty() {
        return new HideForm("");
    }

    String reasonOrEmpty() {
        return reason == null ? "" : reason;
    }
}
