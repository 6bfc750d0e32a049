package no.lokta.programme.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Checklist;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance of a session for integrations, coordinators only. {@code present} is null for a
 * confirmed participant not yet checked. A PUT changes only the participants it names.
 */
@RestController
@RequestMapping("/api/v1/collaborations/{cid}/activities/{aid}/sessions/{sid}/attendance")
class AttendanceApiController {

    record Participant(
            UUID registrationId,
            String name,
            String email,
            @Nullable Boolean present) {

        static Participant of(Checklist.Row r) {
            return new Participant(r.registrationId(), r.name(), r.email(), r.present());
        }
    }

    record AttendanceResponse(
            UUID activityId,
            UUID sessionId,
            long present,
            long absent,
            long unchecked,
            List<Participant> participants) {

        static AttendanceResponse of(Checklist list) {
            return new AttendanceResponse(
                    list.activity().id(),
                    list.session().id(),
                    list.present(),
                    list.absent(),
                    list.unchecked(),
                    list.rows().stream().map(Participant::of).toList());
        }
    }

    record Mark(@Nullable UUID registrationId, @Nullable Boolean present) {}

    /** {@code {"attendance": [{"registrationId": "…", "present": true}, …]}} */
    record AttendanceRequest(@Nullable List<@Nullable Mark> attendance) {

        Map<UUID, Boolean> marks() {
            if (attendance == null || attendance.isEmpty()) {
                throw new InvalidInput("attendance", "attendance.api.empty");
            }
            Map<UUID, Boolean> marks = new LinkedHashMap<>();
            for (int i = 0; i < attendance.size(); i++) {
                Mark mark = attendance.get(i);
                if (mark == null || mark.registrationId() == null) {
                    throw new InvalidInput("attendance[" + i + "].registrationId", "NotNull");
                }
                if (mark.present() == null) {
                    throw new InvalidInput("attendance[" + i + "].present", "NotNull");
                }
                if (marks.put(mark.registrationId(), mark.present()) != null) {
                    throw new InvalidInput("attendance[" + i + "].registrationId", "attendance.api.twice");
                }
            }
            return marks;
        }
    }

    private final AttendanceManagement attendance;
    private final Tenancy tenancy;

    AttendanceApiController(AttendanceManagement attendance, Tenancy tenancy) {
        this.attendance = attendance;
        this.tenancy = tenancy;
    }

    @GetMapping
    AttendanceResponse show(@PathVariable UUID cid, @PathVariable UUID aid, @PathVariable UUID sid) {
        tenancy.require(cid, Role.COORDINATOR);
        return AttendanceResponse.of(attendance.checklist(cid, aid, sid));
    }

    @PutMapping
    AttendanceResponse update(
            @PathVariable UUID cid,
            @PathVariable UUID aid,
            @PathVariable UUID sid,
            @RequestBody AttendanceRequest body) {
        tenancy.require(cid, Role.COORDINATOR);
        Map<UUID, Boolean> marks = body.marks();
        return AttendanceResponse.of(
                attendance.mark(cid, aid, sid, marks, tenancy.requireUser().accountId()));
    }
}
