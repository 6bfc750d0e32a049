package no.lokta.network;

import no.lokta.platform.web.NotFound;

/** No such network in the collaboration asked about, which is also what another collaboration's id gives. */
public class NetworkNotFound extends NotFound {

    public NetworkNotFound() {
        super("network");
    }
}
