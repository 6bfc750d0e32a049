package no.lokta.knowledge.consultation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import no.lokta.platform.web.FieldProblems;

/**
 * A consultation as the coordinator enters it. Our deadline for the members' input lies between the
 * day it was received and the authority's deadline; the link is an http or https address, or none.
 */
public record ConsultationCommand(
        String title,
        String authority,
        String reference,
        LocalDate receivedOn,
        LocalDate inputDeadline,
        LocalDate authorityDeadline,
        String description,
        String link) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_AUTHORITY = 200;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_DESCRIPTION = 10000;
    public static final int MAX_LINK = 500;

    public ConsultationCommand {
        title = title.strip();
        authority = authority.strip();
        reference = reference.strip();
        description = description.strip();
        link = link.strip();
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .required("authority", authority, MAX_AUTHORITY)
                .longest("reference", reference, MAX_REFERENCE)
                .longest("description", description, MAX_DESCRIPTION)
                .when(inputDeadline.isBefore(receivedOn), "inputDeadline", "consultation.inputDeadline.beforeReceived")
                .when(
                        authorityDeadline.isBefore(inputDeadline),
                        "authorityDeadline",
                        "consultation.authorityDeadline.beforeInput")
                .when(link.length() > MAX_LINK, "link", "form.tooLong", MAX_LINK)
                .when(
                        link.length() <= MAX_LINK && !link.isEmpty() && !isWebAddress(link),
                        "link",
                        "consultation.link.invalid")
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
