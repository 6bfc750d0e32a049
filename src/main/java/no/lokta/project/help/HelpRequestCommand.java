package no.lokta.project.help;

import java.util.UUID;
import no.lokta.platform.web.FieldProblems;

/** A request for help as a member sends it: for which organisation, from whom, about what. */
public record HelpRequestCommand(
        UUID organisationId, String askerName, String askerEmail, String subject, String description, HelpKind kind) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 4000;

    public HelpRequestCommand {
        askerName = askerName.strip();
        askerEmail = askerEmail.strip();
        subject = subject.strip();
        description = description.strip();
        new FieldProblems()
                .required("askerName", askerName, MAX_NAME)
                .required("askerEmail", askerEmail, MAX_EMAIL)
                .when(
                        !askerEmail.isEmpty()
                                && askerEmail.length() <= MAX_EMAIL
                                && !askerEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "askerEmail",
                        "form.email.invalid")
                .required("subject", subject, MAX_SUBJECT)
                .longest("description", description, MAX_TEXT)
                .throwIfAny();
    }
}
