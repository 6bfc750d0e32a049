package no.lokta.programme.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id chosen in a select, read leniently: empty or malformed is no choice. */
final class Choices {

    private Choices() {}

    static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether something was chosen that is no id at all (a forged or broken form). */
    static boolean malformed(@Nullable String value) {
        return value != null && !value.isBlank() && uuid(value) == null;
    }
}
