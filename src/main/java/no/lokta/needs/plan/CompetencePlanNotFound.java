package no.lokta.needs.plan;

import no.lokta.platform.web.NotFound;

public class CompetencePlanNotFound extends NotFound {

    public CompetencePlanNotFound() {
        super("competence plan");
    }
}
