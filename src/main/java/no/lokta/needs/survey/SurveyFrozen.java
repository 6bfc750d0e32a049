package no.lokta.needs.survey;

import no.lokta.platform.web.Conflict;

/** A change to a published survey: its answers must keep meaning what was asked. */
public class SurveyFrozen extends Conflict {

    public SurveyFrozen() {
        super("survey.frozen");
    }
}
