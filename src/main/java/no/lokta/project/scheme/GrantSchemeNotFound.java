package no.lokta.project.scheme;

import no.lokta.platform.web.NotFound;

/** No such grant scheme, or not one the caller may see. */
public class GrantSchemeNotFound extends NotFound {

    public GrantSchemeNotFound() {
        super("grant scheme");
    }
}
