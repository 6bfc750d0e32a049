package no.lokta.project.help.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.help.HelpKind;
import no.lokta.project.help.HelpRequestCommand;
import org.jspecify.annotations.Nullable;

/**
 * A request for help. A municipality contact asks for their own organisation (the field is then
 * not shown and not read); the coordinator chooses the organisation for a request taken by phone.
 */
record HelpRequestForm(
        @Nullable UUID organisationId,

        @NotBlank @Size(max = HelpRequestCommand.MAX_NAME) @Nullable
        String askerName,

        @NotBlank @Email @Size(max = HelpRequestCommand.MAX_EMAIL) @Nullable
        String askerEmail,

        @NotBlank @Size(max = HelpRequestCommand.MAX_SUBJECT) @Nullable
        String subject,

        @Size(max = HelpRequestCommand.MAX_TEXT) @Nullable String description,
        @NotNull @Nullable HelpKind kind) {

    static HelpRequestForm empty(String askerName, String askerEmail) {
        return new HelpRequestForm(null, askerName, askerEmail, "", "", HelpKind.PROJECT);
    }

    /** Called once bean validation passed, with the organisation the request is for. */
    HelpRequestCommand toCommand(UUID organisation) {
        return new HelpRequestCommand(
                organisation,
                text(askerName),
                text(askerEmail),
                text(subject),
                text(description),
                Objects.requireNonNull(kind));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
