package no.lokta.project.funding;

import no.lokta.platform.web.NotFound;

/** No such funder, funding line, application or reporting duty, or not one the caller may see. */
public class FundingNotFound extends NotFound {

    public FundingNotFound() {
        super("funding");
    }
}
