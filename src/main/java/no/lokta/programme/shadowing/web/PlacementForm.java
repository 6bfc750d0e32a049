package no.lokta.programme.shadowing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.programme.shadowing.PlacementCommand;
import no.lokta.programme.shadowing.PlacementStatus;
import no.lokta.programme.shadowing.PlacementSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's placement form; the rules across fields are the command's. */
record PlacementForm(
        @Nullable UUID networkId,
        @NotNull @Nullable UUID hostOrganisationId,
        @NotBlank @Size(max = 200) @Nullable String unit,
        @Size(max = 4000) @Nullable String description,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodTo,

        @NotNull @Nullable Integer capacity,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate applicationDeadline,

        @Size(max = 200) @Nullable String contactName,
        @Size(max = 320) @Nullable String contactEmail,
        @NotNull @Nullable PlacementStatus status) {

    static PlacementForm empty() {
        return new PlacementForm(null, null, "", "", null, null, 1, null, "", "", PlacementStatus.DRAFT);
    }

    static PlacementForm from(PlacementSummary p) {
        return new PlacementForm(
                p.networkId(),
                p.hostOrganisationId(),
                p.unit(),
                p.description(),
                p.periodFrom(),
                p.periodTo(),
                p.capacity(),
                p.applicationDeadline(),
                p.contactName(),
                p.contactEmail(),
                p.status());
    }

    /** Called once bean validation passed, so the required fields are there. */
    PlacementCommand toCommand() {
        return new PlacementCommand(
                networkId,
                java.util.Objects.requireNonNull(hostOrganisationId),
                text(unit),
                text(description),
                java.util.Objects.requireNonNull(periodFrom),
                java.util.Objects.requireNonNull(periodTo),
                capacity == null ? 0 : capacity,
                java.util.Objects.requireNonNull(applicationDeadline),
                text(contactName),
                text(contactEmail),
                status == null ? PlacementStatus.DRAFT : status);
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
