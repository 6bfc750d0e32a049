package no.lokta.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An activity with its sessions, quotas and the seats left now. */
public record ActivitySummary(
        UUID id,
        UUID collaborationId,
        @Nullable UUID networkId,
        ActivityKind kind,
        String title,
        String description,
        Audience audience,
        List<SessionSummary> sessions,
        int capacity,
        Map<UUID, Integer> quotas,
        @Nullable LocalDate quotaReleaseOn,
        @Nullable LocalDateTime registrationOpens,
        @Nullable LocalDateTime registrationCloses,
        boolean leaderApproval,
        BigDecimal certificateHours,
        String contactEmail,
        ActivityStatus status,
        int seatsLeft,
        @Nullable Integer remindDaysBefore) {

    /** Without a reminder. */
    public ActivitySummary(
            UUID id,
            UUID collaborationId,
            @Nullable UUID networkId,
            ActivityKind kind,
            String title,
            String description,
            Audience audience,
            List<SessionSummary> sessions,
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDate quotaReleaseOn,
            @Nullable LocalDateTime registrationOpens,
            @Nullable LocalDateTime registrationCloses,
            boolean leaderApproval,
            BigDecimal certificateHours,
            String contactEmail,
            ActivityStatus status,
            int seatsLeft) {
        this(
                id,
                collaborationId,
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
                seatsLeft,
                null);
    }

    public @Nullable LocalDateTime startsAt() {
        return sessions.isEmpty() ? null : sessions.getFirst().startsAt();
    }

    /** Every site of every session, in session order: where a person may choose to take part. */
    public List<SiteSummary> sites() {
        return sessions.stream().flatMap(s -> s.sites().stream()).toList();
    }

    /** Whether registration is open at this moment (Norwegian local time). */
    public boolean registrationOpenAt(LocalDateTime now) {
        return status == ActivityStatus.PUBLISHED
                && (registrationOpens == null || !now.isBefore(registrationOpens))
                && (registrationCloses == null || !now.isAfter(registrationCloses));
    }
}
