package no.lokta.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Links people type into forms (to a grant scheme, a consultation, an agreement's text). */
public final class WebAddress {

    private WebAddress() {}

    /** An absolute http or https address with a host, and nothing that could run as script. */
    public static boolean isValid(String link) {
        if (link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return scheme != null
                    && Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
