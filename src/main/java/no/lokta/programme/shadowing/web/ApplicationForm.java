package no.lokta.programme.shadowing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.security.LoktaUser;
import no.lokta.programme.shadowing.ApplicationCommand;
import no.lokta.programme.shadowing.PlacementSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The apply form: for which organisation, why, and when within the placement's period. */
record ApplicationForm(
        @Nullable UUID organisationId,

        @NotBlank @Size(max = ApplicationCommand.MAX_TEXT) @Nullable
        String motivation,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate preferredFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate preferredTo) {

    static ApplicationForm empty(PlacementSummary p, @Nullable UUID organisationId) {
        return new ApplicationForm(organisationId, "", p.periodFrom(), p.periodTo());
    }

    /** The person's own organisation, where they have one, wins over what the form says. */
    ApplicationCommand toCommand(UUID placementId, LoktaUser user, @Nullable UUID ownOrganisation) {
        return new ApplicationCommand(
                placementId,
                user.accountId(),
                user.displayName(),
                user.email(),
                ownOrganisation != null ? ownOrganisation : organisationId,
                motivation == null ? "" : motivation,
                preferredFrom,
                preferredTo);
    }
}
