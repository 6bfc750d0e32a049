package no.lokta.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A person signs up for an activity: with an account, or with name and e-mail alone (relatives and
 * service users). The e-mail is kept lower-cased, so one person registers once. Where a session
 * gathers at several sites, the person may choose one ({@code siteId}); without one they join on
 * video.
 */
public record RegistrationCommand(
        UUID activityId,
        @Nullable UUID accountId,
        String name,
        String email,
        @Nullable UUID organisationId,
        @Nullable UUID siteId) {

    public RegistrationCommand(
            UUID activityId, @Nullable UUID accountId, String name, String email, @Nullable UUID organisationId) {
        this(activityId, accountId, name, email, organisationId, null);
    }

    public RegistrationCommand {
        name = name.strip();
        email = email.strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "NotBlank"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "form.tooLong", 200));
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            problems.add(new FieldProblem("email", "form.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
