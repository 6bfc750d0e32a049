package no.lokta.scale;

/**
 * How much data to generate. Persons include one municipality contact per municipality and one
 * coordinator per collaboration; the tag keeps names and e-mail addresses of one generated set apart
 * from another's (empty for the national set).
 */
public record Scale(int persons, int activities, int registrations, int surveyResponses, String tag) {

    /**
     * 357 municipalities, 100 000 persons, 20 000 activities, 1 000 000 registrations, and a survey
     * with 25 000 responses of 20 answers each (and a free text in every tenth): 502 500 answers.
     */
    public static final Scale NATIONAL = new Scale(100_000, 20_000, 1_000_000, 25_000, "");

    public Scale {
        if (persons < 0 || activities < 1 || registrations < 0 || surveyResponses < 0) {
            throw new IllegalArgumentException("counts must be positive");
        }
        if (!tag.matches("[a-z0-9]*")) {
            throw new IllegalArgumentException("tag: lower-case letters and digits only");
        }
    }

    /** The e-mail domain of the generated people. */
    String domain() {
        return (tag.isEmpty() ? "nasjonal" : tag) + ".example";
    }

    /** Added to collaboration names, so that a second set can sit beside the first. */
    String nameSuffix() {
        return tag.isEmpty() ? "" : " (" + tag + ")";
    }
}
