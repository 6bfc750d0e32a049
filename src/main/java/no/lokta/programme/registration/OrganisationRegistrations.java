package no.lokta.programme.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.programme.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of "Min kommune": one statement per list, whatever the number of activities, so the
 * page costs the same for a small municipality as for a large one.
 */
@Repository
class OrganisationRegistrations {

    private static final String REGISTRATIONS = """
            select r.id, r.activity_id, a.title as activity_title,
              (select min(s.starts_at) from programme.session s where s.activity_id = a.id) as starts_at,
              r.name, r.email, r.status,
              case when r.status = 'WAITLISTED' then (select count(*) from programme.registration w
                where w.activity_id = r.activity_id and w.status = 'WAITLISTED' and w.sequence <= r.sequence)
                else 0 end as waitlist_position
            from programme.registration r join programme.activity a on a.id = r.activity_id
            where r.organisation_id = ? and a.collaboration_id = ?""";

    /** An activity counts as current until its last session has ended. */
    private static final String NOT_ENDED = """
            coalesce((select max(s.ends_at) from programme.session s where s.activity_id = a.id),
              'infinity'::timestamp) >= ?""";

    private final JdbcClient jdbc;

    OrganisationRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active registrations of the organisation's people in activities not yet over. */
    List<StaffRegistration> current(UUID collaborationId, UUID organisationId, LocalDateTime now) {
        return jdbc.sql(REGISTRATIONS + " and r.status in ('CONFIRMED', 'AWAITING_APPROVAL', 'WAITLISTED')"
                        + " and a.status <> 'DRAFT' and " + NOT_ENDED
                        + " order by starts_at nulls last, a.title, a.id, r.sequence")
                .params(organisationId, collaborationId, now)
                .query(OrganisationRegistrations::registration)
                .list();
    }

    /** One registration of the organisation's people, whatever its state. */
    Optional<StaffRegistration> find(UUID collaborationId, UUID organisationId, UUID registrationId) {
        return jdbc.sql(REGISTRATIONS + " and r.id = ?")
                .params(organisationId, collaborationId, registrationId)
                .query(OrganisationRegistrations::registration)
                .optional();
    }

    /** Seats reserved for the organisation in activities not yet over, with those its people hold. */
    List<QuotaUse> quotas(UUID collaborationId, UUID organisationId, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return jdbc.sql("""
                        select a.id, a.title, a.quota_release_on, q.seats,
                          (select min(s.starts_at) from programme.session s where s.activity_id = a.id) as starts_at,
                          (select count(*) from programme.registration r where r.activity_id = a.id
                            and r.seat_organisation_id = q.organisation_id
                            and r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) as used
                        from programme.quota q join programme.activity a on a.id = q.activity_id
                        where q.organisation_id = ? and a.collaboration_id = ? and a.status <> 'DRAFT'""" + " and " + NOT_ENDED + " order by starts_at nulls last, a.title, a.id")
                .params(organisationId, collaborationId, now)
                .query((rs, n) -> {
                    LocalDate releaseOn = rs.getObject("quota_release_on", LocalDate.class);
                    return new QuotaUse(
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getObject("starts_at", LocalDateTime.class),
                            rs.getInt("seats"),
                            rs.getInt("used"),
                            releaseOn,
                            releaseOn != null && !today.isBefore(releaseOn));
                })
                .list();
    }

    /**
     * Published activities that take registrations at this moment: the same window as {@link
     * no.lokta.programme.ActivitySummary#registrationOpenAt}, which the registration checks again.
     */
    List<OpenActivity> open(UUID collaborationId, LocalDateTime now) {
        return jdbc.sql("""
                        select a.id, a.title,
                          (select min(s.starts_at) from programme.session s where s.activity_id = a.id) as starts_at
                        from programme.activity a
                        where a.collaboration_id = ? and a.status = 'PUBLISHED'
                          and (a.registration_opens is null or a.registration_opens <= ?)
                          and (a.registration_closes is null or a.registration_closes >= ?)
                        order by starts_at nulls last, a.title, a.id""")
                .params(collaborationId, now, now)
                .query((rs, n) -> new OpenActivity(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("starts_at", LocalDateTime.class)))
                .list();
    }

    private static StaffRegistration registration(ResultSet rs, int n) throws SQLException {
        return new StaffRegistration(
                rs.getObject("id", UUID.class),
                rs.getObject("activity_id", UUID.class),
                rs.getString("activity_title"),
                rs.getObject("starts_at", LocalDateTime.class),
                rs.getString("name"),
                rs.getString("email"),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getInt("waitlist_position"));
    }
}
