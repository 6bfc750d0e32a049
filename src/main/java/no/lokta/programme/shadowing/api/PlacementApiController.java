package no.lokta.programme.shadowing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.shadowing.ApplicationSummary;
import no.lokta.programme.shadowing.PlacementCommand;
import no.lokta.programme.shadowing.PlacementStatus;
import no.lokta.programme.shadowing.PlacementSummary;
import no.lokta.programme.shadowing.ShadowingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job shadowing placements and their applications as JSON, for the collaboration's coordinators.
 * A caller outside the collaboration gets 404, one without the coordinator role 403.
 */
@RestController
@RequestMapping(path = "/api/v1/collaborations/{id}/placements", produces = "application/json")
@Tag(name = "Job shadowing", description = "Placements (hospitering), applications and reports")
@SecurityRequirement(name = "bearer")
class PlacementApiController {

    record PlacementBody(
            @Nullable UUID networkId,
            @NotNull UUID hostOrganisationId,
            @NotNull String unit,
            @Nullable String description,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotNull Integer capacity,
            @NotNull LocalDate applicationDeadline,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable PlacementStatus status) {

        /** Called after validation, so the required fields are there. */
        @SuppressWarnings("NullAway")
        PlacementCommand toCommand() {
            return new PlacementCommand(
                    networkId,
                    hostOrganisationId,
                    unit,
                    description == null ? "" : description,
                    periodFrom,
                    periodTo,
                    capacity,
                    applicationDeadline,
                    contactName == null ? "" : contactName,
                    contactEmail == null ? "" : contactEmail,
                    status == null ? PlacementStatus.DRAFT : status);
        }
    }

    private final ShadowingManagement shadowing;
    private final Tenancy tenancy;

    PlacementApiController(ShadowingManagement shadowing, Tenancy tenancy) {
        this.shadowing = shadowing;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(summary = "All placements of the collaboration, drafts included")
    List<PlacementSummary> list(@PathVariable UUID id) {
        tenancy.require(id, Role.COORDINATOR);
        return shadowing.placements(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementSummary create(@PathVariable UUID id, @Valid @RequestBody PlacementBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return shadowing.createPlacement(id, body.toCommand());
    }

    @GetMapping("/{placementId}")
    PlacementSummary show(@PathVariable UUID id, @PathVariable UUID placementId) {
        tenancy.require(id, Role.COORDINATOR);
        return shadowing.placement(id, placementId);
    }

    @PutMapping(path = "/{placementId}", consumes = "application/json")
    PlacementSummary update(
            @PathVariable UUID id, @PathVariable UUID placementId, @Valid @RequestBody PlacementBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return shadowing.updatePlacement(id, placementId, body.toCommand());
    }

    @GetMapping("/{placementId}/applications")
    @Operation(summary = "The applications for a placement, with both approvals and the reports")
    List<ApplicationSummary> applications(@PathVariable UUID id, @PathVariable UUID placementId) {
        tenancy.require(id, Role.COORDINATOR);
        return shadowing.applications(id, placementId);
    }
}
