package no.lokta.knowledge.conference;

import no.lokta.platform.web.NotFound;

/** No such dialogue conference or outcome, or not one the caller may see. */
public class ConferenceNotFound extends NotFound {

    public ConferenceNotFound() {
        super("dialogue conference");
    }
}
