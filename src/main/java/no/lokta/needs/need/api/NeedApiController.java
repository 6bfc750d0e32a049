package no.lokta.needs.need.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.need.NeedFilter;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedNotFound;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Competence needs as JSON, in the collaboration named by {@code collaboration} (else the caller's
 * current one). Coordinators read all; a kommunekontakt those that concern their municipality. A
 * caller outside the collaboration, or an id from elsewhere, gets 404; another role 403.
 */
@RestController
@RequestMapping(path = "/api/v1/needs", produces = "application/json")
@Tag(name = "Needs", description = "Competence needs across municipalities and professions")
@SecurityRequirement(name = "bearer")
class NeedApiController {

    private final NeedManagement needs;
    private final Tenancy tenancy;

    NeedApiController(NeedManagement needs, Tenancy tenancy) {
        this.needs = needs;
        this.tenancy = tenancy;
    }

    private CollaborationAccess access(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT};
        return collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
    }

    @GetMapping
    @Operation(summary = "The needs, merged ones included, filtered by status, profession and municipality")
    List<NeedSummary> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration,
            @RequestParam(required = false) @Nullable NeedStatus status,
            @RequestParam(required = false) @Nullable String profession,
            @RequestParam(required = false) @Nullable UUID municipality) {
        CollaborationAccess access = access(collaboration);
        if (access.has(Role.COORDINATOR)) {
            return needs.needs(access.collaborationId(), new NeedFilter(status, profession, municipality, true));
        }
        UUID own = access.organisationId();
        return own == null
                ? List.of()
                : needs.needs(access.collaborationId(), new NeedFilter(status, profession, own, true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One need")
    NeedSummary show(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        if (access.has(Role.COORDINATOR)) {
            return needs.need(access.collaborationId(), id);
        }
        UUID own = access.organisationId();
        if (own == null) {
            throw new NeedNotFound();
        }
        return needs.needOf(access.collaborationId(), own, id);
    }
}
