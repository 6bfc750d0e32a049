package no.lokta.knowledge.news;

/** A draft is seen by the coordinators only; a published item by its audience. */
public enum NewsStatus {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "news.status." + name();
    }
}
