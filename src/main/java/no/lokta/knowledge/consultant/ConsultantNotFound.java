package no.lokta.knowledge.consultant;

import no.lokta.platform.web.NotFound;

/** No such practice consultant, or not one the caller may see. */
public class ConsultantNotFound extends NotFound {

    public ConsultantNotFound() {
        super("practice consultant");
    }
}
