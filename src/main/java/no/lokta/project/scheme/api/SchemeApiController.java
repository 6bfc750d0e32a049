package no.lokta.project.scheme.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grant schemes as JSON, in the collaboration named by {@code collaboration} (else the caller's
 * current one). Coordinators read every scheme, drafts too; a kommunekontakt the published ones
 * that concern their organisation, next deadline first. A caller outside the collaboration gets
 * 404; another role 403.
 */
@RestController
@RequestMapping(path = "/api/v1/grant-schemes", produces = "application/json")
@Tag(
        name = "Grant schemes",
        description = "Grant schemes (tilskuddsordninger) the collaboration watches for its members")
@SecurityRequirement(name = "bearer")
class SchemeApiController {

    /** An organisation a scheme concerns. */
    record GrantSchemeParty(UUID id, String name) {}

    /** A grant scheme; no organisations named means it concerns every member. */
    record GrantSchemeResponse(
            UUID id,
            String name,
            String funder,
            FunderKind funderKind,
            LocalDate deadline,
            String whoCanApply,
            String link,
            String description,
            List<GrantSchemeParty> organisations,
            @Nullable LocalDate publishedOn) {

        static GrantSchemeResponse of(GrantSchemeSummary s) {
            return new GrantSchemeResponse(
                    s.id(),
                    s.name(),
                    s.funder(),
                    s.funderKind(),
                    s.deadline(),
                    s.whoCanApply(),
                    s.link(),
                    s.description(),
                    s.organisations().stream()
                            .map(o -> new GrantSchemeParty(o.id(), o.name()))
                            .toList(),
                    s.publishedOn());
        }
    }

    private final SchemeManagement schemes;
    private final Tenancy tenancy;

    SchemeApiController(SchemeManagement schemes, Tenancy tenancy) {
        this.schemes = schemes;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(
            summary = "The grant schemes the caller may see: all for a coordinator, the published ones that"
                    + " concern their organisation for a kommunekontakt")
    List<GrantSchemeResponse> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT};
        CollaborationAccess access =
                collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
        List<GrantSchemeSummary> found = access.has(Role.COORDINATOR)
                ? schemes.schemes(access.collaborationId())
                : schemes.publishedFor(access.collaborationId(), access.requireOrganisation());
        return found.stream().map(GrantSchemeResponse::of).toList();
    }
}
