package no.lokta.knowledge.document;

/** Who may see a document and download its versions. */
public enum Visibility {
    /** Anyone, also without signing in. */
    PUBLIC,
    /** Everyone with a role in the collaboration. */
    MEMBERS,
    /** The collaboration's coordinators. */
    COORDINATORS;

    public String messageKey() {
        return "documents.visibility." + name();
    }
}
