package no.lokta.programme.shadowing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator sets on a placement: the host organisation's unit, the period, how many people
 * it takes and by when they must apply.
 */
public record PlacementCommand(
        @Nullable UUID networkId,
        UUID hostOrganisationId,
        String unit,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        int capacity,
        LocalDate applicationDeadline,
        String contactName,
        String contactEmail,
        PlacementStatus status) {

    public static final int MAX_CAPACITY = 1000;

    public PlacementCommand {
        unit = unit.strip();
        description = description.strip();
        contactName = contactName.strip();
        contactEmail = contactEmail.strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("unit", "NotBlank"));
        } else if (unit.length() > 200) {
            problems.add(new FieldProblem("unit", "form.tooLong", 200));
        }
        if (description.length() > 4000) {
            problems.add(new FieldProblem("description", "form.tooLong", 4000));
        }
        if (periodTo.isBefore(periodFrom)) {
            problems.add(new FieldProblem("periodTo", "placement.period.endBeforeStart"));
        }
        if (capacity <= 0 || capacity > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "placement.capacity.range", MAX_CAPACITY));
        }
        if (applicationDeadline.isAfter(periodTo)) {
            problems.add(new FieldProblem("applicationDeadline", "placement.deadline.afterPeriod"));
        }
        if (contactName.length() > 200) {
            problems.add(new FieldProblem("contactName", "form.tooLong", 200));
        }
        if (!contactEmail.isEmpty() && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("contactEmail", "form.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
