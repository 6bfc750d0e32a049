package no.lokta.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.network.BodyKind;
import no.lokta.network.BodyMembershipCommand;
import no.lokta.network.BodyMembershipSummary;
import no.lokta.network.BodyRole;
import no.lokta.network.BodySummary;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
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
 * Professional networks as JSON. A caller outside the collaboration gets 404, a caller without the
 * coordinator role gets 403 on writes.
 */
@RestController
@RequestMapping(path = "/api/v1/collaborations/{id}/networks", produces = "application/json")
@Tag(name = "Networks", description = "Professional networks, their governance bodies and memberships")
@SecurityRequirement(name = "bearer")
class NetworkApiController {

    record NetworkBody(
            @NotBlank String name,
            @Nullable String theme,
            @Nullable String description,
            @Nullable NetworkStatus status,
            @Nullable List<UUID> coordinatorIds) {
        NetworkCommand toCommand() {
            return new NetworkCommand(
                    name,
                    theme == null ? "" : theme,
                    description == null ? "" : description,
                    status == null ? NetworkStatus.ACTIVE : status,
                    coordinatorIds == null ? List.of() : coordinatorIds);
        }
    }

    record MembershipBody(
            @NotNull BodyKind body,
            @Nullable UUID organisationId,
            @NotNull UUID accountId,
            @NotNull BodyRole role,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo) {
        BodyMembershipCommand toCommand() {
            return new BodyMembershipCommand(body, organisationId, accountId, role, validFrom, validTo);
        }
    }

    /** A network with its bodies and everyone who has sat in them. */
    record NetworkDetails(NetworkSummary network, List<BodySummary> bodies) {}

    private final NetworkManagement networks;
    private final Tenancy tenancy;

    NetworkApiController(NetworkManagement networks, Tenancy tenancy) {
        this.networks = networks;
        this.tenancy = tenancy;
    }

    @GetMapping
    List<NetworkSummary> list(@PathVariable UUID id) {
        tenancy.require(id);
        return networks.networks(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    NetworkSummary create(@PathVariable UUID id, @Valid @RequestBody NetworkBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return networks.createNetwork(id, body.toCommand());
    }

    @GetMapping("/{networkId}")
    @Operation(summary = "A network with its governance bodies and their memberships")
    NetworkDetails show(@PathVariable UUID id, @PathVariable UUID networkId) {
        tenancy.require(id);
        return new NetworkDetails(networks.network(id, networkId), networks.bodies(id, networkId));
    }

    @PutMapping(path = "/{networkId}", consumes = "application/json")
    NetworkSummary update(@PathVariable UUID id, @PathVariable UUID networkId, @Valid @RequestBody NetworkBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return networks.updateNetwork(id, networkId, body.toCommand());
    }

    @GetMapping("/{networkId}/memberships")
    List<BodyMembershipSummary> memberships(@PathVariable UUID id, @PathVariable UUID networkId) {
        tenancy.require(id);
        return networks.memberships(id, networkId);
    }

    @PostMapping(path = "/{networkId}/memberships", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    BodyMembershipSummary addMembership(
            @PathVariable UUID id, @PathVariable UUID networkId, @Valid @RequestBody MembershipBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return networks.addMembership(id, networkId, body.toCommand());
    }
}
