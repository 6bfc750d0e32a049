package no.lokta.needs.need;

import no.lokta.platform.web.NotFound;

/** No such need, or not one the caller may see. */
public class NeedNotFound extends NotFound {

    public NeedNotFound() {
        super("need");
    }
}
