package no.lokta.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address to send a reset link to. */
record ForgotForm(
        @NotBlank @Email @Size(max = 254) @Nullable String email) {

    static ForgotForm empty() {
        return new ForgotForm("");
    }

    String emailOrEmpty() {
        return email == null ? "" : email;
    }
}
