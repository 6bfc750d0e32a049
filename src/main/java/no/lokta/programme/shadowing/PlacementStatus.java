package no.lokta.programme.shadowing;

/** Only a published placement is shown publicly and takes applications; a closed one is shown, full stop. */
public enum PlacementStatus {
    DRAFT,
    PUBLISHED,
    CLOSED;

    public String messageKey() {
        return "placement.status." + name();
    }
}
