package no.lokta.needs.survey;

/** A draft may be edited; a published survey is frozen. */
public enum SurveyStatus {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "survey.status." + name();
    }
}
