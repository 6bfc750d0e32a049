package no.lokta.people.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A person's own password change: the current one, then the new one twice. */
record PasswordForm(
        @NotBlank @Nullable String current,
        @NotBlank @Nullable String password,
        @NotBlank @Nullable String repeat) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
