package no.lokta.programme.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Name and e-mail of a person registering without an account, and optionally their organisation
 * (kept as text, so that a forged choice gets a field message like any other bad input).
 */
record GuestForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Email @Size(max = 320) @Nullable String email,
        @Nullable String organisationId) {

    static GuestForm empty() {
        return new GuestForm("", "", "");
    }

    /** The chosen organisation; none for an empty choice. */
    @Nullable
    UUID organisation() {
        return Choices.uuid(organisationId);
    }

    String nameOrEmpty() {
        return name == null ? "" : name;
    }

    String emailOrEmpty() {
        return email == null ? "" : email;
    }
}
