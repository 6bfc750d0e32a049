package no.lokta.needs.survey;

/** What a respondent gives to a question. */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE,
    NUMBER,
    SHORT_TEXT,
    LONG_TEXT,
    MATRIX;

    public String messageKey() {
        return "survey.kind." + name();
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isMatrix() {
        return this == MATRIX;
    }
}
