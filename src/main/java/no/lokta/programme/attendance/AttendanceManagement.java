package no.lokta.programme.attendance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.platform.audit.AuditLog;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationNotFound;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.SessionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session. Saving a session's check-list records every confirmed participant:
 * present if ticked, else absent, which is a no-show. Every call names the collaboration, and an
 * activity, session or registration of another collaboration is not found.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceManagement {

    private final ProgrammeManagement programme;
    private final Attendances attendances;
    private final AuditLog audit;

    AttendanceManagement(ProgrammeManagement programme, Attendances attendances, AuditLog audit) {
        this.programme = programme;
        this.attendances = attendances;
        this.audit = audit;
    }

    public Checklist checklist(UUID collaborationId, UUID activityId, UUID sessionId) {
        ActivitySummary activity = programme.activity(collaborationId, activityId);
        SessionSummary session = session(activity, sessionId);
        Map<UUID, Boolean> recorded = attendances.ofSession(sessionId);
        List<Checklist.Row> rows = attendances.confirmed(activityId).stream()
                .map(p -> new Checklist.Row(p.registrationId(), p.name(), p.email(), recorded.get(p.registrationId())))
                .toList();
        return new Checklist(activity, session, activity.sessions().indexOf(session) + 1, rows);
    }

    /** Saves the check-list: those named present, every other confirmed participant absent. */
    @Transactional
    public Checklist save(
            UUID collaborationId,
            UUID activityId,
            UUID sessionId,
            Collection<UUID> present,
            @Nullable UUID recordedBy) {
        Checklist before = checklist(collaborationId, activityId, sessionId);
        Set<UUID> confirmed =
                before.rows().stream().map(Checklist.Row::registrationId).collect(Collectors.toSet());
        if (!confirmed.containsAll(present)) {
            // a registration of another activity or collaboration, or without a confirmed seat
            throw new RegistrationNotFound();
        }
        Map<UUID, Boolean> marks = new LinkedHashMap<>();
        before.rows().forEach(r -> marks.put(r.registrationId(), present.contains(r.registrationId())));
        return write(collaborationId, before, marks, recordedBy);
    }

    /** Sets one participant present or absent (a tick on the check-list, or the API). */
    @Transactional
    public Checklist mark(
            UUID collaborationId,
            UUID activityId,
            UUID sessionId,
            Map<UUID, Boolean> marks,
            @Nullable UUID recordedBy) {
        Checklist before = checklist(collaborationId, activityId, sessionId);
        Set<UUID> confirmed =
                before.rows().stream().map(Checklist.Row::registrationId).collect(Collectors.toSet());
        if (!confirmed.containsAll(marks.keySet())) {
            throw new RegistrationNotFound();
        }
        return write(collaborationId, before, marks, recordedBy);
    }

    /**
     * Marks present those on an uploaded list, and the other confirmed participants absent. All or
     * nothing: an address that is no confirmed participant's rejects the whole list.
     */
    @Transactional
    public ImportReport importList(
            UUID collaborationId,
            UUID activityId,
            UUID sessionId,
            AttendanceList.Parsed list,
            @Nullable UUID recordedBy) {
        Checklist before = checklist(collaborationId, activityId, sessionId);
        List<AttendanceList.Problem> problems = new ArrayList<>(list.problems());
        Map<String, UUID> byEmail = new LinkedHashMap<>();
        before.rows().forEach(r -> byEmail.put(r.email(), r.registrationId()));
        Set<UUID> present = new java.util.HashSet<>();
        for (AttendanceList.Line line : list.lines()) {
            UUID registrationId = byEmail.get(line.email());
            if (registrationId == null) {
                problems.add(new AttendanceList.Problem(line.number(), "attendance.import.unknown", line.email()));
            } else {
                present.add(registrationId);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(AttendanceList.Problem::line));
        if (!problems.isEmpty()) {
            return new ImportReport(0, List.copyOf(problems));
        }
        Map<UUID, Boolean> marks = new LinkedHashMap<>();
        before.rows().forEach(r -> marks.put(r.registrationId(), present.contains(r.registrationId())));
        write(collaborationId, before, marks, recordedBy);
        return new ImportReport(present.size(), List.of());
    }

    private Checklist write(
            UUID collaborationId, Checklist before, Map<UUID, Boolean> marks, @Nullable UUID recordedBy) {
        marks.forEach((registrationId, present) ->
                attendances.record(before.session().id(), registrationId, present, recordedBy, programme.now()));
        Checklist after = checklist(
                collaborationId, before.activity().id(), before.session().id());
        audit.updated(
                collaborationId,
                "attendance",
                before.session().id(),
                before.activity().title() + ": " + before.session().startsAt(),
                recorded(before),
                recorded(after));
        return after;
    }

    private static Map<String, @Nullable Boolean> recorded(Checklist list) {
        Map<String, @Nullable Boolean> recorded = new LinkedHashMap<>();
        list.rows().forEach(r -> recorded.put(r.email(), r.present()));
        return recorded;
    }

    /** Every registration of the activity with its sessions present and its no-shows. */
    public List<ParticipantAttendance> overview(UUID collaborationId, UUID activityId) {
        Map<UUID, int[]> counts = attendances.counts(activityId);
        return programme.registrations(collaborationId, activityId).stream()
                .map(r -> {
                    int[] c = counts.getOrDefault(r.id(), new int[2]);
                    return new ParticipantAttendance(r.id(), r.name(), r.email(), r.status(), c[0], c[1]);
                })
                .toList();
    }

    /** One registration of the collaboration with its attendance. */
    public ParticipantAttendance participant(UUID collaborationId, UUID activityId, UUID registrationId) {
        return overview(collaborationId, activityId).stream()
                .filter(p -> p.registrationId().equals(registrationId))
                .findFirst()
                .orElseThrow(RegistrationNotFound::new);
    }

    /** A person's registrations, newest first, drafts left out. */
    public List<MyActivity> mine(UUID accountId, String email) {
        List<MyActivity> mine = new ArrayList<>();
        Map<UUID, Map<UUID, int[]>> countsByActivity = new LinkedHashMap<>();
        for (Attendances.Held held : attendances.ofPerson(accountId, email)) {
            ActivitySummary activity = programme.activity(held.collaborationId(), held.activityId());
            RegistrationSummary r = programme.registrations(held.collaborationId(), held.activityId()).stream()
                    .filter(candidate -> candidate.id().equals(held.registrationId()))
                    .findFirst()
                    .orElseThrow(RegistrationNotFound::new);
            int[] c = countsByActivity
                    .computeIfAbsent(held.activityId(), attendances::counts)
                    .getOrDefault(r.id(), new int[2]);
            mine.add(new MyActivity(activity, r, c[0], c[1]));
        }
        return mine;
    }

    /** One of the person's own registrations, or not found. */
    public MyActivity mine(UUID accountId, String email, UUID registrationId) {
        return mine(accountId, email).stream()
                .filter(m -> m.registration().id().equals(registrationId))
                .findFirst()
                .orElseThrow(RegistrationNotFound::new);
    }

    private SessionSummary session(ActivitySummary activity, UUID sessionId) {
        return activity.sessions().stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(SessionNotFound::new);
    }
}
