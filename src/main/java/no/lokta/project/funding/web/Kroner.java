package no.lokta.project.funding.web;

import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;

/** Amounts in the funding forms: typed as people write kroner, checked by the forms' patterns first. */
final class Kroner {

    /** An amount, or empty. */
    static final String OPTIONAL = "(" + Nok.PATTERN + ")|\\s*";

    private Kroner() {}

    static @Nullable Nok parse(@Nullable String text) {
        return text == null || text.isBlank() ? null : Nok.parse(text).orElse(null);
    }

    static String input(@Nullable Nok nok) {
        return nok == null ? "" : nok.input();
    }
}
