package no.lokta.network.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.network.BodyKind;
import no.lokta.network.BodyMembershipCommand;
import no.lokta.network.BodyRole;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A seat in a body as entered; the organisation only for a participant team. */
record BodyMembershipForm(
        @NotNull @Nullable BodyKind body,
        @Nullable UUID organisationId,
        @NotNull @Nullable UUID accountId,
        @NotNull @Nullable BodyRole role,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validTo) {

    static BodyMembershipForm empty() {
        return new BodyMembershipForm(BodyKind.RESOURCE_GROUP, null, null, BodyRole.MEMBER, LocalDate.now(), null);
    }

    /** Only called once Bean Validation has passed, so the required fields are there. */
    BodyMembershipCommand toCommand() {
        return new BodyMembershipCommand(
                body == null ? BodyKind.RESOURCE_GROUP : body,
                organisationId,
                Objects.requireNonNull(accountId),
                role == null ? BodyRole.MEMBER : role,
                validFrom == null ? LocalDate.now() : validFrom,
                validTo);
    }
}
