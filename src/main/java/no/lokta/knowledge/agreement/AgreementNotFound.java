package no.lokta.knowledge.agreement;

import no.lokta.platform.web.NotFound;

/** No such agreement, sub-agreement or version, or not one the caller may see. */
public class AgreementNotFound extends NotFound {

    public AgreementNotFound() {
        super("agreement");
    }
}
