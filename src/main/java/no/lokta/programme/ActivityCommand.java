package no.lokta.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator sets on an activity. Seats reserved per member organisation ({@code quotas})
 * are held for that organisation until {@code quotaReleaseOn}; then any unused seat is open to all.
 */
public record ActivityCommand(
        @Nullable UUID networkId,
        ActivityKind kind,
        String title,
        String description,
        Audience audience,
        List<SessionCommand> sessions,
        int capacity,
        Map<UUID, Integer> quotas,
        @Nullable LocalDate quotaReleaseOn,
        @Nullable LocalDateTime registrationOpens,
        @Nullable LocalDateTime registrationCloses,
        boolean leaderApproval,
        BigDecimal certificateHours,
        String contactEmail,
        ActivityStatus status,
        @Nullable Integer remindDaysBefore) {

    /** The longest time ahead a reminder may go out. */
    public static final int MAX_REMIND_DAYS_BEFORE = 30;

    /** Without a reminder. */
    public ActivityCommand(
            @Nullable UUID networkId,
            ActivityKind kind,
            String title,
            String description,
            Audience audience,
            List<SessionCommand> sessions,
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDate quotaReleaseOn,
            @Nullable LocalDateTime registrationOpens,
            @Nullable LocalDateTime registrationCloses,
            boolean leaderApproval,
            BigDecimal certificateHours,
            String contactEmail,
            ActivityStatus status) {
        this(
                networkId,
                kind,
                title,
                description,
                audience,
                sessions,
                capacity,
                quotas,
                quotaReleaseOn,
                registrationOpens,
                registrationCloses,
                leaderApproval,
                certificateHours,
                contactEmail,
                status,
                null);
    }

    public ActivityCommand {
        title = title.strip();
        description = description.strip();
        contactEmail = contactEmail.strip().toLowerCase(java.util.Locale.ROOT);
        sessions = List.copyOf(sessions);
        quotas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quotas));
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "NotBlank"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "form.tooLong", 200));
        }
        if (description.length() > 10_000) {
            problems.add(new FieldProblem("description", "form.tooLong", 10_000));
        }
        if (sessions.isEmpty()) {
            problems.add(new FieldProblem("sessions", "activity.sessions.required"));
        }
        if (capacity < 0) {
            problems.add(new FieldProblem("capacity", "activity.capacity.negative"));
        }
        if (quotas.values().stream().anyMatch(seats -> seats == null || seats <= 0)) {
            problems.add(new FieldProblem("quotas", "activity.quotas.positive"));
        } else if (capacity >= 0
                && quotas.values().stream().mapToLong(Integer::longValue).sum() > capacity) {
            problems.add(new FieldProblem("quotas", "activity.quotas.overCapacity", capacity));
        }
        if (registrationOpens != null && registrationCloses != null && !registrationCloses.isAfter(registrationOpens)) {
            problems.add(new FieldProblem("registrationCloses", "activity.registrationCloses.beforeOpens"));
        }
        if (certificateHours.signum() < 0 || certificateHours.compareTo(new BigDecimal("1000")) >= 0) {
            problems.add(new FieldProblem("certificateHours", "activity.certificateHours.invalid"));
        }
        if (!contactEmail.isEmpty() && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("contactEmail", "form.email.invalid"));
        }
        if (remindDaysBefore != null && (remindDaysBefore < 0 || remindDaysBefore > MAX_REMIND_DAYS_BEFORE)) {
            problems.add(
                    new FieldProblem("remindDaysBefore", "activity.remindDaysBefore.range", MAX_REMIND_DAYS_BEFORE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The sum of the reserved seats. */
    int reservedSeats() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }
}
