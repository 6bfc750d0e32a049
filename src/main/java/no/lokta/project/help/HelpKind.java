package no.lokta.project.help;

/** What a member wants help with. */
public enum HelpKind {
    COMPETENCE_PLAN,
    PROJECT,
    APPLICATION,
    OTHER;

    public String messageKey() {
        return "help.kind." + name();
    }
}
