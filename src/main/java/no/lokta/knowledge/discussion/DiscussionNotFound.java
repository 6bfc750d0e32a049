package no.lokta.knowledge.discussion;

import no.lokta.platform.web.NotFound;

/** No such network, thread or post in the collaboration asked about, which is also what another collaboration's id gives. */
public class DiscussionNotFound extends NotFound {

    public DiscussionNotFound() {
        super("discussion");
    }
}
