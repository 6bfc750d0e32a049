package no.lokta.programme.attendance;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance rows, and the registrations they are about, read from the programme schema. */
@Repository
class Attendances {

    /** A confirmed participant as the check-list needs them. */
    record Participant(UUID registrationId, String name, String email) {}

    /** A person's registration and the collaboration of its activity. */
    record Held(UUID collaborationId, UUID activityId, UUID registrationId) {}

    private final JdbcClient jdbc;

    Attendances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those holding a confirmed seat, by name. */
    List<Participant> confirmed(UUID activityId) {
        return jdbc.sql("""
                        select id as registration_id, name, email from programme.registration
                        where activity_id = ? and status = 'CONFIRMED' order by lower(name), email""").param(activityId).query(Participant.class).list();
    }

    Map<UUID, Boolean> ofSession(UUID sessionId) {
        Map<UUID, Boolean> recorded = new HashMap<>();
        jdbc.sql("select registration_id, present from programme.attendance where session_id = ?")
                .param(sessionId)
                .query(rs -> {
                    recorded.put(rs.getObject("registration_id", UUID.class), rs.getBoolean("present"));
                });
        return recorded;
    }

    void record(UUID sessionId, UUID registrationId, boolean present, @Nullable UUID recordedBy, LocalDateTime now) {
        jdbc.sql("""
                        insert into programme.attendance (session_id, registration_id, present, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (session_id, registration_id) do update
                          set present = excluded.present, recorded_by = excluded.recorded_by,
                              recorded_at = excluded.recorded_at""")
                .params(java.util.Arrays.asList(sessionId, registrationId, present, recordedBy, now))
                .update();
    }

    /** Sessions present and absent per registration of the activity (only those with a row). */
    Map<UUID, int[]> counts(UUID activityId) {
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        select a.registration_id, count(*) filter (where a.present) as present,
                          count(*) filter (where not a.present) as absent
                        from programme.attendance a join programme.session s on s.id = a.session_id
                        where s.activity_id = ? group by a.registration_id""").param(activityId).query(rs -> {
            counts.put(
                    rs.getObject("registration_id", UUID.class), new int[] {rs.getInt("present"), rs.getInt("absent")});
        });
        return counts;
    }

    /** A person's registrations, by account or by e-mail (registered before the account existed). */
    List<Held> ofPerson(UUID accountId, String email) {
        return jdbc.sql("""
                        select a.collaboration_id, r.activity_id, r.id as registration_id
                        from programme.registration r join programme.activity a on a.id = r.activity_id
                        where (r.account_id = ? or r.email = ?) and a.status <> 'DRAFT'
                        order by r.registered_at desc""").params(accountId, email).query(Held.class).list();
    }
}
