package no.lokta.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.lokta.people.PersonCommand;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;

/** A person to add to the collaboration. */
record PersonForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @NotNull @Nullable Role role,
        @Nullable UUID organisationId) {

    static PersonForm empty() {
        return new PersonForm("", "", Role.PARTICIPANT, null);
    }

    PersonCommand toCommand() {
        return new PersonCommand(
                name == null ? "" : name,
                email == null ? "" : email,
                role == null ? Role.PARTICIPANT : role,
                organisationId);
    }
}
