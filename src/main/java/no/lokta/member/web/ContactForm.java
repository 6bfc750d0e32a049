package no.lokta.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A contact person as entered. */
record ContactForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String title,
        @Size(max = 200) @Nullable String email,
        @Size(max = 50) @Nullable String phone) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
