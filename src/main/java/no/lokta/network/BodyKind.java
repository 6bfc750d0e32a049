package no.lokta.network;

/** The governance bodies of a network (DOMAIN.md, "Professional networks"). */
public enum BodyKind {
    /** Overall responsibility; in LØKTA the Administrativt råd. */
    STEERING_GROUP,
    /** Responsible for the content, with a user representative. */
    RESOURCE_GROUP,
    /** The team of one member organisation. */
    PARTICIPANT_TEAM;

    public String messageKey() {
        return "network.body." + name();
    }
}
