package no.lokta.programme.shadowing;

import no.lokta.platform.web.NotFound;

/** No such placement, or not one the caller may see. */
public class PlacementNotFound extends NotFound {

    public PlacementNotFound() {
        super("placement");
    }
}
