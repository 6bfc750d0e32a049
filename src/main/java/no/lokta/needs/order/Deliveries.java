package no.lokta.needs.order;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.needs.need.NeedManagement;
import no.lokta.programme.ActivityAttendance;
import no.lokta.programme.ActivityCompleted;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the programme completes the activity an order became, the order is delivered and the needs
 * behind it are settled by who actually came: covered when enough people from a need's own
 * municipalities attended, else not covered.
 */
@Component
class Deliveries {

    private final OrderManagement orders;
    private final NeedManagement needs;
    private final ProgrammeManagement programme;

    Deliveries(OrderManagement orders, NeedManagement needs, ProgrammeManagement programme) {
        this.orders = orders;
        this.needs = needs;
        this.programme = programme;
    }

    @ApplicationModuleListener
    void on(ActivityCompleted e) {
        UUID collaborationId = e.collaborationId();
        Set<UUID> needIds = new LinkedHashSet<>();
        for (OrderSummary o : orders.orders(collaborationId)) {
            if (!e.activityId().equals(o.activityId())) {
                continue;
            }
            needIds.addAll(o.needIds());
            if (o.status() == OrderStatus.ACCEPTED) {
                // the activity took place: the order's next step on its way
                orders.step(collaborationId, o.id(), OrderStatus.DELIVERED);
            }
        }
        if (needIds.isEmpty()) {
            return;
        }
        ActivityAttendance attendance = programme.attendance(collaborationId, e.activityId());
        for (UUID needId : needIds) {
            needs.settle(collaborationId, needId, attendance.attendedByOrganisation());
        }
    }
}
