package no.lokta.project.fund.api;

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
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls for the collaboration's development funds as JSON, in the collaboration named by {@code
 * collaboration} (else the caller's current one). Coordinators read every call, drafts too, with
 * the number of applications; a kommunekontakt the open and closed ones. A caller outside the
 * collaboration gets 404; another role 403. Amounts are whole øre.
 */
@RestController
@RequestMapping(path = "/api/v1/fund-calls", produces = "application/json")
@Tag(name = "Development funds", description = "Calls for the collaboration's development funds (utviklingsmidler)")
@SecurityRequirement(name = "bearer")
class FundApiController {

    /** A call with its pot, what has been awarded from it and what is left; applications for coordinators only. */
    record FundCallResponse(
            UUID id,
            String title,
            String description,
            String criteria,
            long pot,
            long awarded,
            long remaining,
            LocalDate opensOn,
            LocalDate deadline,
            CallStatus status,
            @Nullable Integer applications) {

        static FundCallResponse of(CallSummary c, boolean coordinator) {
            return new FundCallResponse(
                    c.id(),
                    c.title(),
                    c.description(),
                    c.criteria(),
                    c.pot().ore(),
                    c.awarded().ore(),
                    c.remaining().ore(),
                    c.opensOn(),
                    c.deadline(),
                    c.status(),
                    coordinator ? c.applications() : null);
        }
    }

    private final FundManagement funds;
    private final Tenancy tenancy;

    FundApiController(FundManagement funds, Tenancy tenancy) {
        this.funds = funds;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(
            summary = "The calls the caller may see, with pot, awarded and remaining: all for a coordinator, the"
                    + " open and closed ones for a kommunekontakt")
    List<FundCallResponse> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT};
        CollaborationAccess access =
                collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
        boolean coordinator = access.has(Role.COORDINATOR);
        List<CallSummary> calls =
                coordinator ? funds.calls(access.collaborationId()) : funds.publishedCalls(access.collaborationId());
        return calls.stream().map(c -> FundCallResponse.of(c, coordinator)).toList();
    }
}
