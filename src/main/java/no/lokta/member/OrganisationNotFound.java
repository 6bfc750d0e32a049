package no.lokta.member;

import no.lokta.platform.web.NotFound;

public class OrganisationNotFound extends NotFound {

    public OrganisationNotFound() {
        super("organisation");
    }
}
