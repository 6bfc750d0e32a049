package no.lokta.programme;

import no.lokta.platform.web.NotFound;

/** No such activity, or not one the caller may see. */
public class ActivityNotFound extends NotFound {

    public ActivityNotFound() {
        super("activity");
    }
}
