package no.lokta.needs.order;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** An order as pages and the API see it, with the offer once the provider has given one. */
public record OrderSummary(
        UUID id,
        UUID collaborationId,
        UUID providerId,
        String providerName,
        List<UUID> needIds,
        String title,
        String audience,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        String place,
        DeliveryMode mode,
        Nok budget,
        OrderStatus status,
        @Nullable Offer offer,
        @Nullable UUID activityId,
        LocalDateTime createdAt) {

    public record Offer(Nok price, String text, LocalDate proposedFrom, LocalDate proposedTo, LocalDateTime at) {}

    public OrderSummary {
        needIds = List.copyOf(needIds);
    }
}
