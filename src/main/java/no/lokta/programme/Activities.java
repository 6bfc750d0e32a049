package no.lokta.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities with their sessions and quotas, read in a fixed number of statements per call. */
@Repository
class Activities {

    private static final String COLUMNS = """
            a.id, a.collaboration_id, a.network_id, a.kind, a.title, a.description, a.audience, a.capacity,
            a.quota_release_on, a.registration_opens, a.registration_closes, a.leader_approval,
            a.certificate_hours, a.contact_email, a.status,
            (select count(*) from programme.registration r
              where r.activity_id = a.id and r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) as held""";

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, ActivityCommand c) {
        jdbc.sql("""
                        insert into programme.activity (id, collaboration_id, network_id, kind, title, description,
                          audience, capacity, quota_release_on, registration_opens, registration_closes,
                          leader_approval, certificate_hours, contact_email, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.networkId(),
                        c.kind().name(),
                        c.title(),
                        c.description(),
                        c.audience().name(),
                        c.capacity(),
                        c.quotaReleaseOn(),
                        c.registrationOpens(),
                        c.registrationCloses(),
                        c.leaderApproval(),
                        c.certificateHours(),
                        c.contactEmail(),
                        c.status().name()))
                .update();
        replaceParts(id, c);
    }

    void update(UUID id, ActivityCommand c) {
        jdbc.sql("""
                        update programme.activity set network_id = ?, kind = ?, title = ?, description = ?,
                          audience = ?, capacity = ?, quota_release_on = ?, registration_opens = ?,
                          registration_closes = ?, leader_approval = ?, certificate_hours = ?, contact_email = ?,
                          status = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.networkId(),
                        c.kind().name(),
                        c.title(),
                        c.description(),
                        c.audience().name(),
                        c.capacity(),
                        c.quotaReleaseOn(),
                        c.registrationOpens(),
                        c.registrationCloses(),
                        c.leaderApproval(),
                        c.certificateHours(),
                        c.contactEmail(),
                        c.status().name(),
                        id))
                .update();
        replaceParts(id, c);
    }

    private void replaceParts(UUID id, ActivityCommand c) {
        jdbc.sql("delete from programme.session where activity_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from programme.quota where activity_id = ?").param(id).update();
        for (int i = 0; i < c.sessions().size(); i++) {
            SessionCommand s = c.sessions().get(i);
            jdbc.sql("""
                            insert into programme.session (id, activity_id, position, starts_at, ends_at, place,
                              video_link) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, i, s.startsAt(), s.endsAt(), s.place(), s.videoLink())
                    .update();
        }
        c.quotas().forEach((organisationId, seats) -> jdbc.sql(
                        "insert into programme.quota (activity_id, organisation_id, seats) values (?, ?, ?)")
                .params(id, organisationId, seats)
                .update());
    }

    /**
     * Locks the activity's row until the transaction ends: every decision on its seats, quotas and
     * waitlist is taken by one transaction at a time.
     */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from programme.activity where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    /** The next arrival number of the activity; call with the row locked. */
    long nextSequence(UUID id) {
        return jdbc.sql("update programme.activity set last_sequence = last_sequence + 1 where id = ?"
                        + " returning last_sequence")
                .param(id)
                .query(Long.class)
                .single();
    }

    Optional<ActivitySummary> find(UUID id) {
        return load("a.id = ?", List.of(id)).stream().findFirst();
    }

    List<ActivitySummary> ofCollaboration(UUID collaborationId) {
        return load("a.collaboration_id = ?", List.of(collaborationId));
    }

    /** Published activities, optionally of one collaboration and kind, starting in a month. */
    List<ActivitySummary> published(
            @Nullable UUID collaborationId,
            @Nullable ActivityKind kind,
            @Nullable LocalDateTime from,
            @Nullable LocalDateTime until) {
        return load(
                """
                a.status = 'PUBLISHED' and (cast(? as uuid) is null or a.collaboration_id = ?)
                  and (cast(? as text) is null or a.kind = ?)
                  and (cast(? as timestamp) is null or exists (select 1 from programme.session s
                    where s.activity_id = a.id and s.starts_at >= ? and s.starts_at < ?))""",
                Arrays.asList(
                        collaborationId,
                        collaborationId,
                        kind == null ? null : kind.name(),
                        kind == null ? null : kind.name(),
                        from,
                        from,
                        until));
    }

    private List<ActivitySummary> load(String where, List<@Nullable Object> params) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from programme.activity a where " + where)
                .params(params)
                .query(Activities::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<SessionSummary>> sessions = new HashMap<>();
        jdbc.sql("""
                        select activity_id, id, starts_at, ends_at, place, video_link from programme.session
                        where activity_id = any(?) order by activity_id, position""").param(ids).query(rs -> {
            sessions.computeIfAbsent(rs.getObject("activity_id", UUID.class), k -> new ArrayList<>())
                    .add(new SessionSummary(
                            rs.getObject("id", UUID.class),
                            time(rs, "starts_at"),
                            time(rs, "ends_at"),
                            rs.getString("place"),
                            rs.getString("video_link")));
        });
        Map<UUID, Map<UUID, Integer>> quotas = new HashMap<>();
        jdbc.sql("select activity_id, organisation_id, seats from programme.quota where activity_id = any(?)")
                .param(ids)
                .query(rs -> {
                    quotas.computeIfAbsent(rs.getObject("activity_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getObject("organisation_id", UUID.class), rs.getInt("seats"));
                });
        return rows.stream()
                .map(r -> r.summary(sessions.getOrDefault(r.id(), List.of()), quotas.getOrDefault(r.id(), Map.of())))
                .sorted(java.util.Comparator.comparing(
                                ActivitySummary::startsAt, java.util.Comparator.nullsLast(LocalDateTime::compareTo))
                        .thenComparing(ActivitySummary::title))
                .toList();
    }

    private record Row(
            UUID id,
            UUID collaborationId,
            @Nullable UUID networkId,
            ActivityKind kind,
            String title,
            String description,
            Audience audience,
            int capacity,
            @Nullable LocalDate quotaReleaseOn,
            @Nullable LocalDateTime registrationOpens,
            @Nullable LocalDateTime registrationCloses,
            boolean leaderApproval,
            BigDecimal certificateHours,
            String contactEmail,
            ActivityStatus status,
            int held) {

        ActivitySummary summary(List<SessionSummary> sessions, Map<UUID, Integer> quotas) {
            return new ActivitySummary(
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
                    Math.max(0, capacity - held));
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        java.sql.Date release = rs.getDate("quota_release_on");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                Audience.valueOf(rs.getString("audience")),
                rs.getInt("capacity"),
                release == null ? null : release.toLocalDate(),
                nullableTime(rs, "registration_opens"),
                nullableTime(rs, "registration_closes"),
                rs.getBoolean("leader_approval"),
                rs.getBigDecimal("certificate_hours"),
                rs.getString("contact_email"),
                ActivityStatus.valueOf(rs.getString("status")),
                rs.getInt("held"));
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        LocalDateTime time = nullableTime(rs, column);
        if (time == null) {
            throw new SQLException(column + " is null");
        }
        return time;
    }

    static @Nullable LocalDateTime nullableTime(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
