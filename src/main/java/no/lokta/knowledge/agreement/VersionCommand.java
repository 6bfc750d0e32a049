package no.lokta.knowledge.agreement;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * A version of a sub-agreement. No signed date makes it a draft; the revision may not be due before
 * it was signed. The document is a link to an http or https address, or none.
 */
public record VersionCommand(
        int versionNumber,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate validFrom,
        LocalDate revisionDue,
        String note,
        String link) {

    public static final int MAX_VERSION = 9999;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_LINK = 500;

    public VersionCommand {
        note = note.strip();
        link = link.strip();
        new FieldProblems()
                .when(
                        versionNumber < 1 || versionNumber > MAX_VERSION,
                        "versionNumber",
                        "agreement.version.number.range",
                        MAX_VERSION)
                .when(
                        signedOn != null && revisionDue.isBefore(signedOn),
                        "revisionDue",
                        "agreement.version.revisionBeforeSigned")
                .longest("note", note, MAX_NOTE)
                .when(link.length() > MAX_LINK, "link", "form.tooLong", MAX_LINK)
                .when(
                        link.length() <= MAX_LINK && !link.isEmpty() && !isWebAddress(link),
                        "link",
                        "agreement.version.link.invalid")
                .throwIfAny();
    }

    /** An absolute http or https address with a host, and nothing that could run as script. */
    public static boolean isWebAddress(String link) {
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
