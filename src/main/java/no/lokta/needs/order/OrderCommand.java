package no.lokta.needs.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** What a coordinator orders: what, for whom, when, where and how, from which provider, for which needs. */
public record OrderCommand(
        UUID providerId,
        Set<UUID> needIds,
        String title,
        String audience,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        String place,
        DeliveryMode mode,
        Nok budget) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_AUDIENCE = 500;
    public static final int MAX_TEXT = 4000;

    public OrderCommand {
        title = title.strip();
        audience = audience.strip();
        description = description.strip();
        place = place.strip();
        needIds = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(needIds));
        List<FieldProblem> problems = new ArrayList<>();
        if (needIds.isEmpty()) {
            problems.add(new FieldProblem("needIds", "order.needs.required"));
        }
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "NotBlank"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "form.tooLong", MAX_TITLE));
        }
        if (audience.isEmpty()) {
            problems.add(new FieldProblem("audience", "NotBlank"));
        } else if (audience.length() > MAX_AUDIENCE) {
            problems.add(new FieldProblem("audience", "form.tooLong", MAX_AUDIENCE));
        }
        if (description.length() > MAX_TEXT) {
            problems.add(new FieldProblem("description", "form.tooLong", MAX_TEXT));
        }
        if (periodTo.isBefore(periodFrom)) {
            problems.add(new FieldProblem("periodTo", "order.period.endBeforeStart"));
        }
        if (place.isEmpty()) {
            problems.add(new FieldProblem("place", "NotBlank"));
        } else if (place.length() > 200) {
            problems.add(new FieldProblem("place", "form.tooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
