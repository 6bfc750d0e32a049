package no.lokta.needs.need;

/** Where a need came from; a survey or a plan may be named by its id. */
public enum NeedSource {
    SURVEY,
    PLAN,
    MANUAL;

    public String messageKey() {
        return "need.source." + name();
    }
}
