package no.lokta.programme.jobs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.programme.ReminderDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations due a reminder, each picked once: the marking and the picking are one statement. */
@Repository
class Reminders {

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks as reminded, and returns, every confirmed registration of a published activity that asks
     * for a reminder, whose first session starts after {@code now} and on or within the activity's
     * number of days from {@code now}'s date. A concurrent run waits for the row lock, then finds the
     * mark set and skips the row: each reminder goes out once.
     */
    List<ReminderDue> pickDue(LocalDateTime now) {
        return jdbc.sql("""
                        with due as (
                          select r.id from programme.registration r
                          join programme.activity a on a.id = r.activity_id
                          join lateral (select min(s.starts_at) as starts_at from programme.session s
                                        where s.activity_id = a.id) f on true
                          where r.status = 'CONFIRMED' and r.reminder_sent_at is null
                            and a.status = 'PUBLISHED' and a.remind_days_before is not null
                            and f.starts_at > :now
                            and f.starts_at::date - a.remind_days_before <= :today)
                        update programme.registration r set reminder_sent_at = :now
                        from due, programme.activity a
                        where r.id = due.id and a.id = r.activity_id and r.reminder_sent_at is null
                          and r.status = 'CONFIRMED'
                        returning a.collaboration_id, r.activity_id, r.id, r.email""")
                .param("now", now)
                .param("today", now.toLocalDate())
                .query((rs, n) -> new ReminderDue(
                        rs.getObject("collaboration_id", UUID.class),
                        rs.getObject("activity_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("email")))
                .list();
    }
}
