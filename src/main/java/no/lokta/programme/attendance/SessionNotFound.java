package no.lokta.programme.attendance;

import no.lokta.platform.web.NotFound;

/** No such session of the activity, or not one the caller may see. */
public class SessionNotFound extends NotFound {

    public SessionNotFound() {
        super("session");
    }
}
