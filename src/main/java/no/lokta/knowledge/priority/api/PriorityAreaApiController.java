package no.lokta.knowledge.priority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.priority.PriorityArea;
import no.lokta.knowledge.priority.PriorityManagement;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Priority areas as JSON, in the collaboration named by {@code collaboration} (else the caller's
 * current one), for anyone with a role there. Another collaboration's area is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/priority-areas", produces = "application/json")
@Tag(name = "Priority areas", description = "The areas a collaboration works on, with goals and kinds of example")
@SecurityRequirement(name = "bearer")
class PriorityAreaApiController {

    private final PriorityManagement priorities;
    private final Tenancy tenancy;

    PriorityAreaApiController(PriorityManagement priorities, Tenancy tenancy) {
        this.priorities = priorities;
        this.tenancy = tenancy;
    }

    private UUID collaboration(@Nullable UUID collaboration) {
        return (collaboration == null ? tenancy.require() : tenancy.require(collaboration)).collaborationId();
    }

    @GetMapping
    @Operation(summary = "The priority areas in their order, with the published good examples of their kinds")
    List<PriorityArea> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        return priorities.areas(collaboration(collaboration));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One priority area")
    PriorityArea show(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID collaboration) {
        return priorities.area(collaboration(collaboration), id);
    }
}
