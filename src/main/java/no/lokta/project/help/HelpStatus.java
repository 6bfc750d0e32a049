package no.lokta.project.help;

/** Where a request for help stands. */
public enum HelpStatus {
    NEW,
    IN_PROGRESS,
    DONE,
    DECLINED;

    public String messageKey() {
        return "help.status." + name();
    }
}
