package no.lokta.needs.order;

import java.util.Set;

/** The way of an order; only the steps listed in {@link #next()} are allowed. */
public enum OrderStatus {
    DRAFT,
    SENT,
    OFFER_RECEIVED,
    ACCEPTED,
    DECLINED,
    DELIVERED,
    EVALUATED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SENT);
            case SENT -> Set.of(OFFER_RECEIVED);
            case OFFER_RECEIVED -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(DELIVERED);
            case DELIVERED -> Set.of(EVALUATED);
            case DECLINED, EVALUATED -> Set.of();
        };
    }

    public boolean mayGoTo(OrderStatus to) {
        return next().contains(to);
    }

    public String messageKey() {
        return "order.status." + name();
    }
}
