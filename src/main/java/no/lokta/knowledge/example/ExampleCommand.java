package no.lokta.knowledge.example;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A good example as the coordinator writes it. The category, the network and the organisations
 * must be the collaboration's own: {@link ExampleManagement} checks that.
 */
public record ExampleCommand(
        UUID categoryId,
        String title,
        String summary,
        String targetGroup,
        @Nullable UUID networkId,
        Set<UUID> organisationIds,
        String contactName,
        String contactEmail,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String results,
        Evidence evidence) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SHORT = 500;
    public static final int MAX_TEXT = 8000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ExampleCommand {
        title = title.strip();
        summary = summary.strip();
        targetGroup = targetGroup.strip();
        contactName = contactName.strip();
        contactEmail = contactEmail.strip();
        results = results.strip();
        organisationIds = Collections.unmodifiableSet(new LinkedHashSet<>(organisationIds));
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "NotBlank"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "form.tooLong", MAX_TITLE));
        }
        if (summary.isEmpty()) {
            problems.add(new FieldProblem("summary", "NotBlank"));
        } else if (summary.length() > MAX_TEXT) {
            problems.add(new FieldProblem("summary", "form.tooLong", MAX_TEXT));
        }
        if (targetGroup.length() > MAX_SHORT) {
            problems.add(new FieldProblem("targetGroup", "form.tooLong", MAX_SHORT));
        }
        if (contactName.length() > MAX_TITLE) {
            problems.add(new FieldProblem("contactName", "form.tooLong", MAX_TITLE));
        }
        if (contactEmail.length() > MAX_TITLE) {
            problems.add(new FieldProblem("contactEmail", "form.tooLong", MAX_TITLE));
        } else if (!contactEmail.isEmpty() && !EMAIL.matcher(contactEmail).matches()) {
            problems.add(new FieldProblem("contactEmail", "form.email.invalid"));
        }
        if (periodTo != null && periodFrom == null) {
            problems.add(new FieldProblem("periodFrom", "example.period.fromRequired"));
        } else if (periodTo != null && periodTo.isBefore(periodFrom)) {
            problems.add(new FieldProblem("periodTo", "example.period.endBeforeStart"));
        }
        if (results.length() > MAX_TEXT) {
            problems.add(new FieldProblem("results", "form.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
