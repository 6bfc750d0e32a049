package no.lokta.needs.order;

import no.lokta.platform.web.NotFound;

/** No such order, or not one the caller may see. */
public class OrderNotFound extends NotFound {

    public OrderNotFound() {
        super("order");
    }
}
