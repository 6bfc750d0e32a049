package no.lokta.member;

import no.lokta.platform.web.NotFound;

public class CollaborationNotFound extends NotFound {

    public CollaborationNotFound() {
        super("collaboration");
    }
}
