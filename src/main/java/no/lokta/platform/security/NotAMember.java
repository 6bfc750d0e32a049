package no.lokta.platform.security;

import no.lokta.platform.web.NotFound;

/**
 * The person does not belong to the collaboration asked for. Shown as "not found", so that the
 * existence of other collaborations' records is not revealed.
 */
public class NotAMember extends NotFound {

    public NotAMember() {
        super("collaboration");
    }
}
