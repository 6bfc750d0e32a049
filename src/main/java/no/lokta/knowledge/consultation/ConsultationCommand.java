package no.lokta.knowledge.consultation;

import java.time.LocalDate;
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
                .webAddress("link", link, MAX_LINK, "consultation.link.invalid")
                .throwIfAny();
    }
}
