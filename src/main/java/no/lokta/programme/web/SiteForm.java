package no.lokta.programme.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.lokta.programme.SiteCommand;
import org.jspecify.annotations.Nullable;

/** Adds a site to one session of an activity. */
record SiteForm(
        @NotNull @Nullable UUID sessionId,
        @Size(max = 200) @Nullable String place,
        @Size(max = 200) @Nullable String facilitatorName,
        @Size(max = 320) @Nullable String facilitatorEmail) {

    static SiteForm empty(@Nullable UUID sessionId) {
        return new SiteForm(sessionId, "", "", "");
    }

    SiteCommand toCommand() {
        return new SiteCommand(
                ActivityForm.text(place), ActivityForm.text(facilitatorName), ActivityForm.text(facilitatorEmail));
    }
}
