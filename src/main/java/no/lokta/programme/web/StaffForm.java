package no.lokta.programme.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An employee a kommunekontakt registers for an activity (the choice kept as text, see GuestForm). */
record StaffForm(
        @NotBlank @Nullable String activityId,
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Email @Size(max = 320) @Nullable String email) {

    static StaffForm forActivity(@Nullable UUID activityId) {
        return new StaffForm(activityId == null ? "" : activityId.toString(), "", "");
    }

    /** The chosen activity; none for an empty choice. */
    @Nullable
    UUID activity() {
        return Choices.uuid(activityId);
    }

    String nameOrEmpty() {
        return name == null ? "" : name;
    }

    String emailOrEmpty() {
        return email == null ? "" : email;
    }
}
