package no.lokta.programme;

/** The kinds of activity in a competence programme (DOMAIN.md). */
public enum ActivityKind {
    GATHERING,
    VIDEO_LECTURE,
    COURSE,
    COURSE_SERIES,
    VIRTUAL_FORUM,
    JOB_SHADOWING,
    RELATIVES_SCHOOL,
    SERVICE_USER_COURSE,
    DIALOGUE_CONFERENCE,
    LEARNING_NETWORK;

    public String messageKey() {
        return "activity.kind." + name();
    }
}
