package no.lokta.project.work;

/** Where a project or subproject stands in its life. */
public enum ProjectPhase {
    IDEA,
    PRE_STUDY,
    MAIN_PROJECT,
    IN_OPERATION,
    CLOSED;

    public String messageKey() {
        return "project.phase." + name();
    }
}
