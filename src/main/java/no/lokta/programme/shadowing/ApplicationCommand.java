package no.lokta.programme.shadowing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A signed-in person applies for a placement, for their organisation, with a motivation. */
public record ApplicationCommand(
        UUID placementId,
        UUID accountId,
        String name,
        String email,
        @Nullable UUID organisationId,
        String motivation,
        @Nullable LocalDate preferredFrom,
        @Nullable LocalDate preferredTo) {

    public static final int MAX_TEXT = 2000;

    public ApplicationCommand {
        name = name.strip();
        email = email.strip().toLowerCase(Locale.ROOT);
        motivation = motivation.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (organisationId == null) {
            problems.add(new FieldProblem("organisationId", "NotNull"));
        }
        if (motivation.isEmpty()) {
            problems.add(new FieldProblem("motivation", "NotBlank"));
        } else if (motivation.length() > MAX_TEXT) {
            problems.add(new FieldProblem("motivation", "form.tooLong", MAX_TEXT));
        }
        if (preferredFrom == null) {
            problems.add(new FieldProblem("preferredFrom", "NotNull"));
        }
        if (preferredTo == null) {
            problems.add(new FieldProblem("preferredTo", "NotNull"));
        } else if (preferredFrom != null && preferredTo.isBefore(preferredFrom)) {
            problems.add(new FieldProblem("preferredTo", "placement.period.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    UUID organisation() {
        return java.util.Objects.requireNonNull(organisationId);
    }

    LocalDate from() {
        return java.util.Objects.requireNonNull(preferredFrom);
    }

    LocalDate to() {
        return java.util.Objects.requireNonNull(preferredTo);
    }
}
