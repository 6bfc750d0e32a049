package no.lokta.knowledge.priority;

import no.lokta.platform.web.NotFound;

/** No such priority area, or not one of the caller's collaboration. */
public class PriorityAreaNotFound extends NotFound {

    public PriorityAreaNotFound() {
        super("priority area");
    }
}
