package no.lokta.knowledge.news;

/** Who may read a published item: everyone, or the people with a role in its collaboration. */
public enum Audience {
    PUBLIC,
    MEMBERS;

    public String messageKey() {
        return "news.audience." + name();
    }
}
