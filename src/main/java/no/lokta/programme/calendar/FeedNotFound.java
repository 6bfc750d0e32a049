package no.lokta.programme.calendar;

import no.lokta.platform.web.NotFound;

/** No calendar feed at this address. */
public class FeedNotFound extends NotFound {

    public FeedNotFound() {
        super("calendar feed");
    }
}
