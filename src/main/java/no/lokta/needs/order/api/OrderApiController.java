package no.lokta.needs.order.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.order.OrderManagement;
import no.lokta.needs.order.OrderSummary;
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
 * Orders to education providers as JSON, in the collaboration named by {@code collaboration} (else
 * the caller's current one). Coordinators read all; a provider's partner the orders sent to it,
 * never drafts. A caller outside the collaboration, or an id from elsewhere, gets 404; another
 * role 403. Amounts are in øre.
 */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = "application/json")
@Tag(name = "Orders", description = "Orders to education providers (bestilling) and their offers")
@SecurityRequirement(name = "bearer")
class OrderApiController {

    private final OrderManagement orders;
    private final Tenancy tenancy;

    OrderApiController(OrderManagement orders, Tenancy tenancy) {
        this.orders = orders;
        this.tenancy = tenancy;
    }

    private CollaborationAccess access(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.PARTNER};
        return collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
    }

    @GetMapping
    @Operation(summary = "The orders, latest first")
    List<OrderSummary> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        return access.has(Role.COORDINATOR)
                ? orders.orders(access.collaborationId())
                : orders.ordersFor(access.collaborationId(), access.requireOrganisation());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order, with the provider's offer once given")
    OrderSummary show(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        return access.has(Role.COORDINATOR)
                ? orders.order(access.collaborationId(), id)
                : orders.orderFor(access.collaborationId(), access.requireOrganisation(), id);
    }
}
