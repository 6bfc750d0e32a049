package no.lokta.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations of activities; changes are made with the activity's row locked. */
@Repository
class Registrations {

    /** A registration with the quota its seat counts against (null: an open seat, or none). */
    record Held(RegistrationSummary registration, @Nullable UUID seatOrganisationId) {}

    private static final String COLUMNS = """
            r.id, r.activity_id, r.account_id, r.name, r.email, r.organisation_id, r.status, r.sequence,
            r.registered_at, r.seat_organisation_id, r.site_id,
            case when r.status = 'WAITLISTED' then (select count(*) from programme.registration w
              where w.activity_id = r.activity_id and w.status = 'WAITLISTED' and w.sequence <= r.sequence)
              else 0 end as position""";

    private final JdbcClient jdbc;
    private final ProgrammeCache cache;

    Registrations(JdbcClient jdbc, ProgrammeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    Optional<Held> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from programme.registration r where r.id = ?")
                .param(id)
                .query(Registrations::held)
                .optional();
    }

    Optional<Held> findByEmail(UUID activityId, String email) {
        return jdbc.sql("select " + COLUMNS + " from programme.registration r where r.activity_id = ? and r.email = ?")
                .params(activityId, email)
                .query(Registrations::held)
                .optional();
    }

    /** Every registration of the activity in arrival order. */
    List<RegistrationSummary> ofActivity(UUID activityId) {
        return jdbc
                .sql("select " + COLUMNS + " from programme.registration r where r.activity_id = ? order by r.sequence")
                .param(activityId)
                .query(Registrations::held)
                .list()
                .stream()
                .map(Held::registration)
                .toList();
    }

    /** Those waiting, first come first.  */
    List<RegistrationSummary> waitlist(UUID activityId) {
        return jdbc
                .sql("select " + COLUMNS + " from programme.registration r"
                        + " where r.activity_id = ? and r.status = 'WAITLISTED' order by r.sequence")
                .param(activityId)
                .query(Registrations::held)
                .list()
                .stream()
                .map(Held::registration)
                .toList();
    }

    /** Seats held now: per quota organisation, and under the key {@code null} the open ones. */
    Map<@Nullable UUID, Integer> seatsHeld(UUID activityId) {
        Map<@Nullable UUID, Integer> held = new HashMap<>();
        jdbc.sql("""
                        select seat_organisation_id, count(*) as n from programme.registration
                        where activity_id = ? and status in ('CONFIRMED', 'AWAITING_APPROVAL')
                        group by seat_organisation_id""").param(activityId).query(rs -> {
            held.put(rs.getObject("seat_organisation_id", UUID.class), rs.getInt("n"));
        });
        return held;
    }

    /**
     * Distinct people present at a session or more, and those holding a confirmed seat or present,
     * per activity of the collaboration and organisation; one statement for all the activities.
     */
    /** Those present at a session or more of the collaboration's activity, in order of registration. */
    List<ActivityAttendee> attendees(UUID collaborationId, UUID activityId) {
        return jdbc.sql("""
                        select r.id as registration_id, r.name, r.email, r.organisation_id, r.account_id
                        from programme.registration r join programme.activity a on a.id = r.activity_id
                        where a.collaboration_id = ? and r.activity_id = ? and exists (
                          select 1 from programme.attendance t where t.registration_id = r.id and t.present)
                        order by r.sequence""")
                .params(collaborationId, activityId)
                .query(ActivityAttendee.class)
                .list();
    }

    Map<UUID, ActivityAttendance> attendance(UUID collaborationId, Collection<UUID> activityIds) {
        record Row(
                UUID activityId,
                String title,
                String status,
                @Nullable UUID organisationId,
                int attended,
                int registered) {}
        List<Row> rows = jdbc.sql("""
                        select x.activity_id, x.title, x.status, x.organisation_id,
                          count(x.registration_id) filter (where x.present) as attended,
                          count(x.registration_id) filter (where x.present or x.registration_status = 'CONFIRMED')
                            as registered
                        from (select a.id as activity_id, a.title, a.status, r.id as registration_id,
                                r.organisation_id, r.status as registration_status,
                                exists (select 1 from programme.attendance t
                                  where t.registration_id = r.id and t.present) as present
                              from programme.activity a
                              left join programme.registration r on r.activity_id = a.id
                              where a.collaboration_id = ? and a.id = any(?)) x
                        group by x.activity_id, x.title, x.status, x.organisation_id""")
                .params(collaborationId, activityIds.toArray(UUID[]::new))
                .query((rs, n) -> new Row(
                        rs.getObject("activity_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getInt("attended"),
                        rs.getInt("registered")))
                .list();
        Map<UUID, List<Row>> byActivity = new LinkedHashMap<>();
        rows.forEach(r -> byActivity
                .computeIfAbsent(r.activityId(), k -> new ArrayList<>())
                .add(r));
        Map<UUID, ActivityAttendance> result = new LinkedHashMap<>();
        byActivity.forEach((activityId, ofActivity) -> {
            Map<UUID, Integer> attended = new HashMap<>();
            Map<UUID, Integer> registered = new HashMap<>();
            int attendedTotal = 0;
            int registeredTotal = 0;
            for (Row r : ofActivity) {
                attendedTotal += r.attended();
                registeredTotal += r.registered();
                UUID organisationId = r.organisationId();
                if (organisationId != null) {
                    attended.put(organisationId, r.attended());
                    registered.put(organisationId, r.registered());
                }
            }
            Row first = ofActivity.getFirst();
            result.put(
                    activityId,
                    new ActivityAttendance(
                            activityId,
                            first.title(),
                            ActivityStatus.valueOf(first.status()),
                            attendedTotal,
                            registeredTotal,
                            attended,
                            registered));
        });
        return result;
    }

    void insert(
            UUID id,
            RegistrationCommand c,
            RegistrationStatus status,
            long sequence,
            @Nullable UUID seatOrganisationId,
            LocalDateTime now) {
        cache.changed();
        jdbc.sql("""
                        insert into programme.registration (id, activity_id, account_id, name, email,
                          organisation_id, status, sequence, seat_organisation_id, registered_at, changed_at, site_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        c.activityId(),
                        c.accountId(),
                        c.name(),
                        c.email(),
                        c.organisationId(),
                        status.name(),
                        sequence,
                        seatOrganisationId,
                        now,
                        now,
                        c.siteId()))
                .update();
    }

    /** A new registration in place of a cancelled or declined one of the same e-mail. */
    void renew(
            UUID id,
            RegistrationCommand c,
            RegistrationStatus status,
            long sequence,
            @Nullable UUID seatOrganisationId,
            LocalDateTime now) {
        cache.changed();
        jdbc.sql("""
                        update programme.registration set account_id = ?, name = ?, organisation_id = ?, status = ?,
                          sequence = ?, seat_organisation_id = ?, registered_at = ?, changed_at = ?, site_id = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.accountId(),
                        c.name(),
                        c.organisationId(),
                        status.name(),
                        sequence,
                        seatOrganisationId,
                        now,
                        now,
                        c.siteId(),
                        id))
                .update();
    }

    void changeStatus(UUID id, RegistrationStatus status, @Nullable UUID seatOrganisationId, LocalDateTime now) {
        cache.changed();
        jdbc.sql("""
                        update programme.registration set status = ?, seat_organisation_id = ?, changed_at = ?
                        where id = ?""")
                .params(Arrays.asList(status.name(), seatOrganisationId, now, id))
                .update();
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        return new Held(
                new RegistrationSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("activity_id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getObject("organisation_id", UUID.class),
                        RegistrationStatus.valueOf(rs.getString("status")),
                        rs.getLong("sequence"),
                        rs.getInt("position"),
                        Activities.time(rs, "registered_at"),
                        rs.getObject("site_id", UUID.class)),
                rs.getObject("seat_organisation_id", UUID.class));
    }
}
