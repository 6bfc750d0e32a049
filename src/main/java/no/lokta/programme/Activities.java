package no.lokta.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Activities with their sessions, sites and quotas, read in one statement per call. */
@Repository
class Activities {

    private static final String COLUMNS = """
            a.id, a.collaboration_id, a.network_id, a.kind, a.title, a.description, a.audience, a.capacity,
            a.quota_release_on, a.registration_opens, a.registration_closes, a.leader_approval,
            a.certificate_hours, a.contact_email, a.status, a.remind_days_before,
            (select count(*) from programme.registration r
              where r.activity_id = a.id and r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) as held,
            array(select q.organisation_id from programme.quota q where q.activity_id = a.id
              order by q.organisation_id) as quota_organisations,
            array(select q.seats from programme.quota q where q.activity_id = a.id
              order by q.organisation_id) as quota_seats,
            (select coalesce(json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                'place', s.place, 'videoLink', s.video_link,
                'sites', (select coalesce(json_agg(json_build_object('id', t.id, 'place', t.place,
                    'facilitatorName', t.facilitator_name, 'facilitatorEmail', t.facilitator_email)
                    order by t.place, t.id), '[]'::json)
                  from programme.session_site t where t.session_id = s.id)) order by s.position), '[]'::json)
              from programme.session s where s.activity_id = a.id) as sessions""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ProgrammeCache cache;

    Activities(JdbcClient jdbc, ProgrammeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    void insert(UUID id, UUID collaborationId, ActivityCommand c) {
        cache.changed();
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
        cache.changed();
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

    /**
     * Writes the sessions by position, so that a session keeps its id (and its sites and
     * attendance) through an edit; sessions past the new count go. Then the quotas. The first start
     * and last end that the public programme sorts on follow the sessions by a trigger (V16).
     */
    private void replaceParts(UUID id, ActivityCommand c) {
        for (int i = 0; i < c.sessions().size(); i++) {
            SessionCommand s = c.sessions().get(i);
            jdbc.sql("""
                            insert into programme.session (id, activity_id, position, starts_at, ends_at, place,
                              video_link) values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (activity_id, position) do update set starts_at = excluded.starts_at,
                              ends_at = excluded.ends_at, place = excluded.place, video_link = excluded.video_link""")
                    .params(UUID.randomUUID(), id, i, s.startsAt(), s.endsAt(), s.place(), s.videoLink())
                    .update();
        }
        jdbc.sql("delete from programme.session where activity_id = ? and position >= ?")
                .params(id, c.sessions().size())
                .update();
        jdbc.sql("delete from programme.quota where activity_id = ?").param(id).update();
        jdbc.sql("update programme.activity set remind_days_before = ? where id = ?")
                .params(Arrays.asList(c.remindDaysBefore(), id))
                .update();
        c.quotas().forEach((organisationId, seats) -> jdbc.sql(
                        "insert into programme.quota (activity_id, organisation_id, seats) values (?, ?, ?)")
                .params(id, organisationId, seats)
                .update());
    }

    // --- sites of sessions

    void insertSite(UUID id, UUID sessionId, SiteCommand c) {
        cache.changed();
        jdbc.sql("""
                        insert into programme.session_site (id, session_id, place, facilitator_name, facilitator_email)
                        values (?, ?, ?, ?, ?)""")
                .params(id, sessionId, c.place(), c.facilitatorName(), c.facilitatorEmail())
                .update();
    }

    void deleteSite(UUID id) {
        cache.changed();
        jdbc.sql("delete from programme.session_site where id = ?").param(id).update();
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
        cache.changed();
        return jdbc.sql("update programme.activity set last_sequence = last_sequence + 1 where id = ?"
                        + " returning last_sequence")
                .param(id)
                .query(Long.class)
                .single();
    }

    /**
     * Published activities whose reserved seats are released by the given day and that have people
     * waiting: the seats may now go to them.
     */
    List<UUID> reservedSeatsReleasedBy(LocalDate day) {
        return jdbc.sql("""
                        select a.id from programme.activity a
                        where a.status = 'PUBLISHED' and a.quota_release_on <= ?
                          and exists (select 1 from programme.registration r
                                      where r.activity_id = a.id and r.status = 'WAITLISTED')
                        order by a.id""").param(day).query(UUID.class).list();
    }

    Optional<ActivitySummary> find(UUID id) {
        return load("a.id = ?", List.of(id)).stream().findFirst();
    }

    List<ActivitySummary> ofCollaboration(UUID collaborationId) {
        return load("a.collaboration_id = ?", List.of(collaborationId));
    }

    /**
     * One page of the public programme: published activities as the filter asks, by first start,
     * with their sessions and sites, and the number of all that match: one statement.
     */
    ProgrammePage search(ProgrammeFilter f, LocalDateTime now) {
        StringBuilder where = new StringBuilder("a.status = 'PUBLISHED'");
        List<@Nullable Object> params = new ArrayList<>();
        if (f.collaborationId() != null) {
            where.append(" and a.collaboration_id = ?");
            params.add(f.collaborationId());
        }
        if (f.networkId() != null) {
            where.append(" and a.network_id = ?");
            params.add(f.networkId());
        }
        if (f.kind() != null) {
            where.append(" and a.kind = ?");
            params.add(f.kind().name());
        }
        if (f.audience() != null) {
            where.append(" and a.audience = ?");
            params.add(f.audience().name());
        }
        if (f.organisationId() != null) {
            where.append(" and (not exists (select 1 from programme.quota q where q.activity_id = a.id)"
                    + " or exists (select 1 from programme.quota q where q.activity_id = a.id"
                    + " and q.organisation_id = ?))");
            params.add(f.organisationId());
        }
        if (f.month() != null) {
            LocalDateTime from = f.month().atDay(1).atStartOfDay();
            LocalDateTime until = f.month().plusMonths(1).atDay(1).atStartOfDay();
            where.append(" and a.starts_at < ? and a.ends_at >= ? and exists (select 1 from programme.session s"
                    + " where s.activity_id = a.id and s.starts_at >= ? and s.starts_at < ?)");
            params.addAll(List.of(until, from, from, until));
        } else {
            where.append(" and a.ends_at >= ?");
            params.add(now);
        }
        params.add(f.pageSize());
        params.add((long) f.page() * f.pageSize());
        Map<UUID, Integer> total = new HashMap<>();
        List<Row> rows = jdbc.sql("with page as (select a.id, count(*) over () as total from programme.activity a"
                        + " where " + where + " order by a.starts_at, a.title, a.id limit ? offset ?)"
                        + " select " + COLUMNS + ", page.total from page join programme.activity a on a.id = page.id"
                        + " order by a.starts_at, a.title, a.id")
                .params(params)
                .query((rs, n) -> {
                    Row row = row(rs, n);
                    total.put(row.id(), rs.getInt("total"));
                    return row;
                })
                .list();
        int count = total.values().stream().findFirst().orElse(0);
        if (rows.isEmpty() && f.page() > 0) {
            count = jdbc.sql("select count(*) from programme.activity a where " + where)
                    .params(params.subList(0, params.size() - 2))
                    .query(Integer.class)
                    .single();
        }
        return new ProgrammePage(withSessions(rows), count, f.page(), f.pageSize());
    }

    private List<ActivitySummary> load(String where, List<@Nullable Object> params) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from programme.activity a where " + where)
                .params(params)
                .query(Activities::row)
                .list();
        return withSessions(rows).stream()
                .sorted(Comparator.comparing(ActivitySummary::startsAt, Comparator.nullsLast(LocalDateTime::compareTo))
                        .thenComparing(ActivitySummary::title))
                .toList();
    }

    /** The summaries of the rows, sessions included (they come with each row). */
    private static List<ActivitySummary> withSessions(List<Row> rows) {
        return rows.stream().map(r -> r.summary(r.sessions())).toList();
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
            int held,
            Map<UUID, Integer> quotas,
            @Nullable Integer remindDaysBefore,
            List<SessionSummary> sessions) {

        ActivitySummary summary(List<SessionSummary> sessions) {
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
                    Math.max(0, capacity - held),
                    remindDaysBefore);
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
                rs.getInt("held"),
                quotas(rs),
                rs.getObject("remind_days_before", Integer.class),
                sessions(rs.getString("sessions")));
    }

    /** The sessions with their sites, read in the activity's own statement as JSON. */
    private static List<SessionSummary> sessions(String json) {
        List<SessionSummary> sessions = new ArrayList<>();
        for (JsonNode s : JSON.readTree(json)) {
            UUID sessionId = UUID.fromString(s.get("id").asString());
            List<SiteSummary> sites = new ArrayList<>();
            for (JsonNode t : s.get("sites")) {
                sites.add(new SiteSummary(
                        UUID.fromString(t.get("id").asString()),
                        sessionId,
                        t.get("place").asString(),
                        t.get("facilitatorName").asString(),
                        t.get("facilitatorEmail").asString()));
            }
            sessions.add(new SessionSummary(
                    sessionId,
                    LocalDateTime.parse(s.get("startsAt").asString()),
                    LocalDateTime.parse(s.get("endsAt").asString()),
                    s.get("place").asString(),
                    s.get("videoLink").asString(),
                    sites));
        }
        return sessions;
    }

    private static Map<UUID, Integer> quotas(ResultSet rs) throws SQLException {
        Object[] organisations = (Object[]) rs.getArray("quota_organisations").getArray();
        Object[] seats = (Object[]) rs.getArray("quota_seats").getArray();
        Map<UUID, Integer> quotas = new LinkedHashMap<>();
        for (int i = 0; i < organisations.length; i++) {
            quotas.put((UUID) organisations[i], ((Number) seats[i]).intValue());
        }
        return quotas;
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
