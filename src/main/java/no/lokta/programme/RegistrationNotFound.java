package no.lokta.programme;

import no.lokta.platform.web.NotFound;

/** No such registration, or not one the caller may see. */
public class RegistrationNotFound extends NotFound {

    public RegistrationNotFound() {
        super("registration");
    }
}
