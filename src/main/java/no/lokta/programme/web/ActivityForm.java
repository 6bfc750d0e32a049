package no.lokta.programme.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.SessionCommand;
import no.lokta.programme.SessionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity form: up to three session rows and three reserved-seat rows, as plain fields so
 * that the page works without JavaScript. Empty rows are left out.
 */
record ActivityForm(
        @NotNull @Nullable ActivityKind kind,
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 10_000) @Nullable String description,
        @NotNull @Nullable Audience audience,
        @NotNull @Nullable Integer capacity,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate quotaReleaseOn,

        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime registrationOpens,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime registrationCloses,
        @Nullable Boolean leaderApproval,
        @NotNull @Nullable BigDecimal certificateHours,
        @Size(max = 320) @Nullable String contactEmail,
        @NotNull @Nullable ActivityStatus status,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session0StartsAt,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session0EndsAt,
        @Size(max = 200) @Nullable String session0Place,
        @Size(max = 500) @Nullable String session0VideoLink,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session1StartsAt,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session1EndsAt,
        @Size(max = 200) @Nullable String session1Place,
        @Size(max = 500) @Nullable String session1VideoLink,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session2StartsAt,
        @DateTimeFormat(pattern = LOCAL) @Nullable LocalDateTime session2EndsAt,
        @Size(max = 200) @Nullable String session2Place,
        @Size(max = 500) @Nullable String session2VideoLink,
        @Nullable UUID quota0Organisation,
        @Nullable Integer quota0Seats,
        @Nullable UUID quota1Organisation,
        @Nullable Integer quota1Seats,
        @Nullable UUID quota2Organisation,
        @Nullable Integer quota2Seats,
        @Nullable UUID networkId,

        @Min(0) @Max(ActivityCommand.MAX_REMIND_DAYS_BEFORE) @Nullable
        Integer remindDaysBefore) {

    /** How a {@code datetime-local} input sends its value. */
    static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

    static final int ROWS = 3;

    /** An empty form; a resource-group member's starts in their (first) network. */
    static ActivityForm empty(@Nullable UUID networkId) {
        return new ActivityForm(
                ActivityKind.COURSE,
                "",
                "",
                Audience.EMPLOYEES,
                20,
                null,
                null,
                null,
                false,
                BigDecimal.ZERO,
                "",
                ActivityStatus.DRAFT,
                null,
                null,
                "",
                "",
                null,
                null,
                "",
                "",
                null,
                null,
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                networkId,
                null);
    }

    static ActivityForm from(ActivitySummary a) {
        List<@Nullable SessionSummary> s = new ArrayList<>(a.sessions());
        while (s.size() < ROWS) {
            s.add(null);
        }
        List<Map.Entry<UUID, Integer>> q = new ArrayList<>(a.quotas().entrySet());
        return new ActivityForm(
                a.kind(),
                a.title(),
                a.description(),
                a.audience(),
                a.capacity(),
                a.quotaReleaseOn(),
                a.registrationOpens(),
                a.registrationCloses(),
                a.leaderApproval(),
                a.certificateHours(),
                a.contactEmail(),
                a.status(),
                start(s.get(0)),
                end(s.get(0)),
                place(s.get(0)),
                link(s.get(0)),
                start(s.get(1)),
                end(s.get(1)),
                place(s.get(1)),
                link(s.get(1)),
                start(s.get(2)),
                end(s.get(2)),
                place(s.get(2)),
                link(s.get(2)),
                q.size() > 0 ? q.get(0).getKey() : null,
                q.size() > 0 ? q.get(0).getValue() : null,
                q.size() > 1 ? q.get(1).getKey() : null,
                q.size() > 1 ? q.get(1).getValue() : null,
                q.size() > 2 ? q.get(2).getKey() : null,
                q.size() > 2 ? q.get(2).getValue() : null,
                a.networkId(),
                a.remindDaysBefore());
    }

    /** The command, or every problem of the rows and fields, named after this form's fields. */
    ActivityCommand toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        List<SessionCommand> sessions = new ArrayList<>();
        session(0, session0StartsAt, session0EndsAt, session0Place, session0VideoLink, sessions, problems);
        session(1, session1StartsAt, session1EndsAt, session1Place, session1VideoLink, sessions, problems);
        session(2, session2StartsAt, session2EndsAt, session2Place, session2VideoLink, sessions, problems);
        Map<UUID, Integer> quotas = new LinkedHashMap<>();
        quota(0, quota0Organisation, quota0Seats, quotas, problems);
        quota(1, quota1Organisation, quota1Seats, quotas, problems);
        quota(2, quota2Organisation, quota2Seats, quotas, problems);
        // the rows' problems and the activity's own are shown together, so the form is put right in one go
        boolean rowProblems = !problems.isEmpty();
        ActivityCommand command = null;
        try {
            command = new ActivityCommand(
                    networkId,
                    kind == null ? ActivityKind.COURSE : kind,
                    text(title),
                    text(description),
                    audience == null ? Audience.OPEN : audience,
                    sessions,
                    capacity == null ? 0 : capacity,
                    quotas,
                    quotaReleaseOn,
                    registrationOpens,
                    registrationCloses,
                    Boolean.TRUE.equals(leaderApproval),
                    certificateHours == null ? BigDecimal.ZERO : certificateHours,
                    text(contactEmail),
                    status == null ? ActivityStatus.DRAFT : status,
                    remindDaysBefore);
        } catch (InvalidInput e) {
            e.errors().stream()
                    // a refused row already explains why the activity lacks a usable session or quota
                    .filter(p -> !(rowProblems
                            && (p.field().equals("sessions") || p.field().equals("quotas"))))
                    .map(p -> switch (p.field()) {
                        case "sessions" -> new FieldProblem("session0StartsAt", p.messageKey(), p.args());
                        case "quotas" -> new FieldProblem("quota0Seats", p.messageKey(), p.args());
                        default -> p;
                    })
                    .forEach(problems::add);
        }
        if (command == null || !problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return command;
    }

    private static void session(
            int row,
            @Nullable LocalDateTime startsAt,
            @Nullable LocalDateTime endsAt,
            @Nullable String place,
            @Nullable String videoLink,
            List<SessionCommand> sessions,
            List<FieldProblem> problems) {
        String prefix = "session" + row;
        if (startsAt == null
                && endsAt == null
                && text(place).isBlank()
                && text(videoLink).isBlank()) {
            return;
        }
        if (startsAt == null || endsAt == null) {
            problems.add(new FieldProblem(prefix + (startsAt == null ? "StartsAt" : "EndsAt"), "NotBlank"));
            return;
        }
        try {
            sessions.add(new SessionCommand(startsAt, endsAt, text(place), text(videoLink)));
        } catch (InvalidInput e) {
            e.errors()
                    .forEach(p ->
                            problems.add(new FieldProblem(prefix + capitalised(p.field()), p.messageKey(), p.args())));
        }
    }

    private static void quota(
            int row,
            @Nullable UUID organisation,
            @Nullable Integer seats,
            Map<UUID, Integer> quotas,
            List<FieldProblem> problems) {
        if (organisation == null && seats == null) {
            return;
        }
        if (organisation == null || seats == null) {
            problems.add(
                    new FieldProblem("quota" + row + (organisation == null ? "Organisation" : "Seats"), "NotBlank"));
        } else if (quotas.containsKey(organisation)) {
            problems.add(new FieldProblem("quota" + row + "Organisation", "activity.quotas.twice"));
        } else {
            quotas.put(organisation, seats);
        }
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static @Nullable LocalDateTime start(@Nullable SessionSummary s) {
        return s == null ? null : s.startsAt();
    }

    private static @Nullable LocalDateTime end(@Nullable SessionSummary s) {
        return s == null ? null : s.endsAt();
    }

    private static String place(@Nullable SessionSummary s) {
        return s == null ? "" : s.place();
    }

    private static String link(@Nullable SessionSummary s) {
        return s == null ? "" : s.videoLink();
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    static List<Integer> rows() {
        return Arrays.asList(0, 1, 2);
    }
}
