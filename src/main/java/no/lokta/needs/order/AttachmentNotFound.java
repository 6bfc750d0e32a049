package no.lokta.needs.order;

import no.lokta.platform.web.NotFound;

/** No such attachment on the order, or not one the caller may see. */
public class AttachmentNotFound extends NotFound {

    public AttachmentNotFound() {
        super("attachment");
    }
}
