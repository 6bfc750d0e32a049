package no.lokta.needs.survey;

import no.lokta.platform.web.NotFound;

/** No such survey, section or question, or not one of the caller's collaboration. */
public class SurveyNotFound extends NotFound {

    public SurveyNotFound() {
        super("survey");
    }
}
