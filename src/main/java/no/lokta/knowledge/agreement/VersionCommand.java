package no.lokta.knowledge.agreement;

import java.time.LocalDate;
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
                .webAddress("link", link, MAX_LINK, "agreement.version.link.invalid")
                .throwIfAny();
    }
}
