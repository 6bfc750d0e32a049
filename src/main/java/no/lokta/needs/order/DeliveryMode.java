package no.lokta.needs.order;

/** How the teaching is given. */
public enum DeliveryMode {
    ON_SITE,
    VIDEO,
    DECENTRALISED;

    public String messageKey() {
        return "order.mode." + name();
    }
}
