package no.lokta.knowledge.forum;

/** What kind of body a forum is. */
public enum ForumKind {
    COLLABORATION_FORUM,
    STEERING_GROUP,
    PROGRAMME_BOARD,
    COMMITTEE,
    OTHER;

    public String messageKey() {
        return "forum.kind." + name();
    }
}
