package no.lokta.needs.survey;

/**
 * What a survey is for: a survey to the members (kartlegging), the collaboration's template for
 * evaluations, or the evaluation of one programme activity, copied from the template.
 */
public enum SurveyPurpose {
    SURVEY,
    EVALUATION_TEMPLATE,
    EVALUATION;

    public String messageKey() {
        return "survey.purpose." + name();
    }
}
