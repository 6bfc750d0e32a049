package no.lokta.knowledge.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.knowledge.discussion.ThreadCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A new thread: title, first post and an optional file. */
record ThreadForm(
        @NotBlank @Size(max = ThreadCommand.MAX_TITLE) @Nullable
        String title,

        @NotBlank @Size(max = ThreadCommand.MAX_TEXT) @Nullable
        String text,

        @Nullable MultipartFile file) {

    static ThreadForm empty() {
        return new ThreadForm("", "", null);
    }

    ThreadCommand toCommand() {
        return new ThreadCommand(title == null ? "" : title, text == null ? "" : text);
    }
}
