package no.lokta.project.fund;

import no.lokta.platform.web.NotFound;

/** No such call or application, or not one the caller may see. */
public class FundNotFound extends NotFound {

    public FundNotFound() {
        super("development fund");
    }
}
