package no.lokta.member;

import no.lokta.platform.web.NotFound;

public class MembershipNotFound extends NotFound {

    public MembershipNotFound() {
        super("membership");
    }
}
