package no.lokta.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.Audience;
import no.lokta.programme.SessionCommand;
import org.jspecify.annotations.Nullable;

/** An activity as a JSON body; problems are named after its fields ({@code sessions[0].endsAt}). */
record ActivityBody(
        @Nullable UUID networkId,
        @NotNull @Nullable ActivityKind kind,
        @NotBlank @Nullable String title,
        @Nullable String description,
        @NotNull @Nullable Audience audience,
        @NotNull @Nullable List<@Valid SessionBody> sessions,
        @NotNull @Nullable Integer capacity,
        @Nullable List<@Valid QuotaBody> quotas,
        @Nullable LocalDate quotaReleaseOn,
        @Nullable LocalDateTime registrationOpens,
        @Nullable LocalDateTime registrationCloses,
        @Nullable Boolean leaderApproval,
        @Nullable BigDecimal certificateHours,
        @Nullable String contactEmail,
        @Nullable ActivityStatus status) {

    record SessionBody(
            @NotNull @Nullable LocalDateTime startsAt,
            @NotNull @Nullable LocalDateTime endsAt,
            @Nullable String place,
            @Nullable String videoLink) {}

    record QuotaBody(
            @NotNull @Nullable UUID organisationId,
            @NotNull @Nullable Integer seats) {}

    ActivityCommand toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        List<SessionCommand> sessionCommands = new ArrayList<>();
        List<SessionBody> given = sessions == null ? List.of() : sessions;
        for (int i = 0; i < given.size(); i++) {
            SessionBody s = given.get(i);
            String prefix = "sessions[" + i + "].";
            if (s.startsAt() == null || s.endsAt() == null) {
                problems.add(new FieldProblem(prefix + (s.startsAt() == null ? "startsAt" : "endsAt"), "NotBlank"));
                continue;
            }
            try {
                sessionCommands.add(new SessionCommand(s.startsAt(), s.endsAt(), text(s.place()), text(s.videoLink())));
            } catch (InvalidInput e) {
                e.errors().forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.args())));
            }
        }
        Map<UUID, Integer> quotaMap = new LinkedHashMap<>();
        for (QuotaBody q : quotas == null ? List.<QuotaBody>of() : quotas) {
            if (q.organisationId() == null || q.seats() == null) {
                problems.add(new FieldProblem("quotas", "NotBlank"));
            } else if (quotaMap.put(q.organisationId(), q.seats()) != null) {
                problems.add(new FieldProblem("quotas", "activity.quotas.twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ActivityCommand(
                networkId,
                kind == null ? ActivityKind.COURSE : kind,
                text(title),
                text(description),
                audience == null ? Audience.OPEN : audience,
                sessionCommands,
                capacity == null ? 0 : capacity,
                quotaMap,
                quotaReleaseOn,
                registrationOpens,
                registrationCloses,
                Boolean.TRUE.equals(leaderApproval),
                certificateHours == null ? BigDecimal.ZERO : certificateHours,
                text(contactEmail),
                status == null ? ActivityStatus.DRAFT : status);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
