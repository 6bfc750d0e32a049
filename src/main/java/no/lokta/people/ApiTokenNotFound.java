package no.lokta.people;

import no.lokta.platform.web.NotFound;

/** No such token among the person's own, or it was already revoked. */
public class ApiTokenNotFound extends NotFound {

    public ApiTokenNotFound() {
        super("API token");
    }
}
