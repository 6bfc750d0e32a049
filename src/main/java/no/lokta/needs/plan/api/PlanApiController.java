package no.lokta.needs.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.plan.CompetencePlan;
import no.lokta.needs.plan.PlanManagement;
import no.lokta.needs.plan.PlanScope;
import no.lokta.needs.plan.PlanSummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competence plans of the caller's current collaboration as JSON: a coordinator gets every
 * member's, a kommunekontakt their own municipality's. Another's plan is 404, other roles 403.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Competence plans", description = "The member municipalities' competence plans (kompetanseplaner)")
@SecurityRequirement(name = "bearer")
class PlanApiController {

    private final PlanManagement plans;
    private final Tenancy tenancy;

    PlanApiController(PlanManagement plans, Tenancy tenancy) {
        this.plans = plans;
        this.tenancy = tenancy;
    }

    private PlanScope scope() {
        return PlanScope.of(tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT));
    }

    @GetMapping
    @Operation(summary = "The plans the caller may see, of one year or all: steps done, measures by status, vacancies")
    List<PlanSummary> list(
            @Parameter(description = "Only plans of this year") @RequestParam(required = false) @Nullable
                    Integer year) {
        return plans.plans(scope(), year);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A whole plan: the seven steps, goals, staffing, competence with gaps, measures and evaluation")
    CompetencePlan show(@PathVariable UUID id) {
        return plans.plan(scope(), id);
    }
}
