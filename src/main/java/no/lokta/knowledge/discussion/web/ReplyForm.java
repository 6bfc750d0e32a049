package no.lokta.knowledge.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.knowledge.discussion.ThreadCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A reply: its text and an optional file. */
record ReplyForm(
        @NotBlank @Size(max = ThreadCommand.MAX_TEXT) @Nullable
        String text,

        @Nullable MultipartFile file) {

    static ReplyForm empty() {
        return new ReplyForm("", null);
    }

    String textOrEmpty() {
        return text == null ? "" : text;
    }
}
