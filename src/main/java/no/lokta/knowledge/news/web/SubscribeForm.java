package no.lokta.knowledge.news.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The newsletter subscription form. */
record SubscribeForm(
        @NotBlank @Email @Size(max = 254) @Nullable String email) {

    static SubscribeForm empty() {
        return new SubscribeForm("");
    }
}
