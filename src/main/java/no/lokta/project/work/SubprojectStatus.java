package no.lokta.project.work;

/** How a subproject's work stands. */
public enum SubprojectStatus {
    PLANNED,
    ONGOING,
    COMPLETED,
    STOPPED;

    public String messageKey() {
        return "subproject.status." + name();
    }
}
