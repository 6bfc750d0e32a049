package no.lokta.knowledge.consultant.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.consultant.ConsultantManagement;
import no.lokta.knowledge.consultant.ConsultantSummary;
import no.lokta.knowledge.consultant.Growth;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practice consultants as JSON, for the members and partners of the collaboration. */
@RestController
@RequestMapping(path = "/api/v1/practice-consultants", produces = "application/json")
@Tag(name = "Practice consultants", description = "The practice-consultant register (PKO) and its growth")
@SecurityRequirement(name = "bearer")
class ConsultantApiController {

    private final ConsultantManagement consultants;
    private final Tenancy tenancy;

    ConsultantApiController(ConsultantManagement consultants, Tenancy tenancy) {
        this.consultants = consultants;
        this.tenancy = tenancy;
    }

    private UUID collaboration(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER};
        return (collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles))
                .collaborationId();
    }

    @GetMapping
    @Operation(summary = "Every practice consultant, present and former, by hospital trust")
    List<ConsultantSummary> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        return consultants.consultants(collaboration(collaboration));
    }

    @GetMapping("/growth")
    @Operation(summary = "Consultants per year by profession, with coordinators and those who are not doctors")
    Growth growth(@RequestParam(required = false) @Nullable UUID collaboration) {
        return consultants.growth(collaboration(collaboration));
    }
}
