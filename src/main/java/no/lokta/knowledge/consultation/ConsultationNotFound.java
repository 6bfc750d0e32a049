package no.lokta.knowledge.consultation;

import no.lokta.platform.web.NotFound;

/** No such consultation or document, or not one the caller may see. */
public class ConsultationNotFound extends NotFound {

    public ConsultationNotFound() {
        super("consultation");
    }
}
