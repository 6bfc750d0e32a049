package no.lokta.people.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password, chosen through a reset link; the token travels in a hidden field. */
record ResetForm(
        @Nullable String token,
        @NotBlank @Nullable String password,
        @NotBlank @Nullable String repeat) {

    static ResetForm forToken(String token) {
        return new ResetForm(token, "", "");
    }

    String tokenOrEmpty() {
        return token == null ? "" : token;
    }
}
