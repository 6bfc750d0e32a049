package no.lokta.programme.certificate;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionSummary;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.MyActivity;
import no.lokta.programme.attendance.ParticipantAttendance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates for those who attended at least one session of an activity. */
@Service
@Transactional(readOnly = true)
public class CertificateManagement {

    private final ProgrammeManagement programme;
    private final AttendanceManagement attendance;
    private final MemberManagement members;

    CertificateManagement(ProgrammeManagement programme, AttendanceManagement attendance, MemberManagement members) {
        this.programme = programme;
        this.attendance = attendance;
        this.members = members;
    }

    /** A participant's certificate, for the coordinator of the activity's collaboration. */
    public Certificate certificate(UUID collaborationId, UUID activityId, UUID registrationId) {
        ParticipantAttendance p;
        try {
            p = attendance.participant(collaborationId, activityId, registrationId);
        } catch (no.lokta.programme.RegistrationNotFound e) {
            throw new CertificateNotFound();
        }
        return certificate(programme.activity(collaborationId, activityId), p.name(), p.present());
    }

    /** The person's own certificate. */
    public Certificate mine(UUID accountId, String email, UUID registrationId) {
        MyActivity mine;
        try {
            mine = attendance.mine(accountId, email, registrationId);
        } catch (no.lokta.programme.RegistrationNotFound e) {
            throw new CertificateNotFound();
        }
        return certificate(mine.activity(), mine.registration().name(), mine.present());
    }

    private Certificate certificate(ActivitySummary activity, String name, int present) {
        if (present == 0) {
            throw new CertificateNotFound();
        }
        int sessions = activity.sessions().size();
        LocalDate first = activity.sessions().stream()
                .map(SessionSummary::startsAt)
                .min(java.util.Comparator.naturalOrder())
                .map(java.time.LocalDateTime::toLocalDate)
                .orElse(null);
        LocalDate last = activity.sessions().stream()
                .map(SessionSummary::endsAt)
                .max(java.util.Comparator.naturalOrder())
                .map(java.time.LocalDateTime::toLocalDate)
                .orElse(null);
        return new Certificate(
                members.collaboration(activity.collaborationId()).name(),
                name,
                activity,
                present,
                sessions,
                Certificate.hours(activity.certificateHours(), present, sessions),
                first,
                last,
                programme.now().toLocalDate());
    }
}
