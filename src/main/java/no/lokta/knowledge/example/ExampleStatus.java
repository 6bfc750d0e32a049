package no.lokta.knowledge.example;

/** A draft is the coordinators' own; a published example is in the public library. */
public enum ExampleStatus {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "example.status." + name();
    }
}
