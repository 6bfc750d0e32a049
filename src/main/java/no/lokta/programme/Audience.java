package no.lokta.programme;

/** Whom an activity is meant for. */
public enum Audience {
    EMPLOYEES,
    LEADERS,
    RELATIVES,
    SERVICE_USERS,
    OPEN;

    public String messageKey() {
        return "activity.audience." + name();
    }
}
