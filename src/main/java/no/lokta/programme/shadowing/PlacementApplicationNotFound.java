package no.lokta.programme.shadowing;

import no.lokta.platform.web.NotFound;

/** No such application, or not one the caller may see. */
public class PlacementApplicationNotFound extends NotFound {

    public PlacementApplicationNotFound() {
        super("placement application");
    }
}
