package no.lokta.knowledge.example;

/** How well an example's results are known: described by those involved, evaluated, or researched. */
public enum Evidence {
    DESCRIBED,
    EVALUATED,
    RESEARCHED;

    public String messageKey() {
        return "example.evidence." + name();
    }
}
