package no.lokta.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationNotFound;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competence programme of a collaboration: activities and registrations. Every decision on an
 * activity's seats, quotas and waitlist is taken in one transaction holding the activity's row
 * lock, so there is no overbooking and the waitlist is first come, first served.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeManagement {

    /** Programme times are Norwegian local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Activities activities;
    private final Registrations registrations;
    private final MemberManagement members;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(ZONE);

    ProgrammeManagement(
            Activities activities,
            Registrations registrations,
            MemberManagement members,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.activities = activities;
        this.registrations = registrations;
        this.members = members;
        this.audit = audit;
        this.events = events;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- activities

    /** All activities of the collaboration, drafts included. */
    public List<ActivitySummary> activities(UUID collaborationId) {
        return activities.ofCollaboration(collaborationId);
    }

    public ActivitySummary activity(UUID collaborationId, UUID id) {
        return activities
                .find(id)
                .filter(a -> a.collaborationId().equals(collaborationId))
                .orElseThrow(ActivityNotFound::new);
    }

    /** The public programme: published activities, filtered as asked. */
    public List<ActivitySummary> programme(
            @Nullable UUID collaborationId, @Nullable ActivityKind kind, @Nullable YearMonth month) {
        return activities.published(
                collaborationId,
                kind,
                month == null ? null : month.atDay(1).atStartOfDay(),
                month == null ? null : month.plusMonths(1).atDay(1).atStartOfDay());
    }

    /** An activity anyone may see: not a draft. */
    public ActivitySummary publicActivity(UUID id) {
        return activities
                .find(id)
                .filter(a -> a.status() != ActivityStatus.DRAFT)
                .orElseThrow(ActivityNotFound::new);
    }

    @Transactional
    public ActivitySummary createActivity(UUID collaborationId, ActivityCommand c) {
        checkQuotaOrganisations(collaborationId, c);
        UUID id = UUID.randomUUID();
        activities.insert(id, collaborationId, c);
        ActivitySummary created = activities.find(id).orElseThrow(ActivityNotFound::new);
        audit.created(collaborationId, "activity", id, created.title(), created);
        return created;
    }

    /** Changes an activity; seats that the change frees go to the waitlist at once. */
    @Transactional
    public ActivitySummary updateActivity(UUID collaborationId, UUID id, ActivityCommand c) {
        lock(collaborationId, id);
        checkQuotaOrganisations(collaborationId, c);
        ActivitySummary before = activity(collaborationId, id);
        int held = before.capacity() - before.seatsLeft();
        if (c.capacity() < held) {
            // seats already given are not taken back by an edit: cancel registrations first
            throw new InvalidInput("capacity", "activity.capacity.belowHeld", held);
        }
        activities.update(id, c);
        ActivitySummary after = promote(activity(collaborationId, id));
        audit.updated(collaborationId, "activity", id, after.title(), before, after);
        return after;
    }

    private void checkQuotaOrganisations(UUID collaborationId, ActivityCommand c) {
        for (UUID organisationId : c.quotas().keySet()) {
            try {
                members.organisation(collaborationId, organisationId);
            } catch (OrganisationNotFound e) {
                throw new InvalidInput("quotas", "activity.quotas.unknownOrganisation");
            }
        }
    }

    // --- registrations

    /**
     * Registers a person: a seat (confirmed, or awaiting a leader's approval), else the waitlist. A
     * second registration with the same e-mail returns the first.
     */
    @Transactional
    public RegistrationSummary register(RegistrationCommand c) {
        UUID collaborationId = activities.lock(c.activityId()).orElseThrow(ActivityNotFound::new);
        ActivitySummary activity = activities.find(c.activityId()).orElseThrow(ActivityNotFound::new);
        LocalDateTime now = now();
        if (activity.status() != ActivityStatus.PUBLISHED) {
            throw new InvalidInput("activity", "registration.notPublished");
        }
        if (!activity.registrationOpenAt(now)) {
            throw new InvalidInput("activity", "registration.closed");
        }
        Optional<Registrations.Held> existing = registrations.findByEmail(c.activityId(), c.email());
        if (existing.isPresent() && existing.get().registration().status().active()) {
            return existing.get().registration();
        }
        // seats freed since (a release date passed) go to those already waiting before a newcomer
        Seats seats = promote(activity, seats(activity), now);
        Optional<Seats.Seat> seat = seats.seatFor(c.organisationId());
        RegistrationStatus status = seat.isEmpty()
                ? RegistrationStatus.WAITLISTED
                : activity.leaderApproval() ? RegistrationStatus.AWAITING_APPROVAL : RegistrationStatus.CONFIRMED;
        UUID seatOrganisation = seat.map(Seats.Seat::quotaOrganisation).orElse(null);
        long sequence = activities.nextSequence(c.activityId());
        UUID id = existing.map(h -> h.registration().id()).orElseGet(UUID::randomUUID);
        if (existing.isPresent()) {
            registrations.renew(id, c, status, sequence, seatOrganisation, now);
        } else {
            registrations.insert(id, c, status, sequence, seatOrganisation, now);
        }
        RegistrationSummary registered = registrations.find(id).orElseThrow().registration();
        audit.created(collaborationId, "registration", id, activity.title() + ": " + c.email(), registered);
        switch (status) {
            case CONFIRMED ->
                events.publishEvent(new RegistrationConfirmed(collaborationId, activity.id(), id, c.email()));
            case WAITLISTED ->
                events.publishEvent(new RegistrationWaitlisted(
                        collaborationId, activity.id(), id, c.email(), registered.waitlistPosition()));
            default -> {
                // awaiting approval: the leader decides, and the confirmation follows that
            }
        }
        return registered;
    }

    /** The registrations of an activity of the collaboration, in arrival order. */
    public List<RegistrationSummary> registrations(UUID collaborationId, UUID activityId) {
        activity(collaborationId, activityId);
        return registrations.ofActivity(activityId);
    }

    /** The person's own registration of an activity, if any. */
    public Optional<RegistrationSummary> registrationOf(UUID activityId, String email) {
        return registrations
                .findByEmail(activityId, email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(Registrations.Held::registration);
    }

    /** Cancels a registration; a seat it held goes to the first on the waitlist who may have it. */
    @Transactional
    public RegistrationSummary cancel(UUID collaborationId, UUID registrationId) {
        return end(collaborationId, registrationId, RegistrationStatus.CANCELLED, null);
    }

    /**
     * A leader's decision on a registration awaiting approval: the approver speaks for the
     * person's organisation (a kommunekontakt), or is a coordinator ({@code organisationId} null).
     */
    @Transactional
    public RegistrationSummary decide(
            UUID collaborationId, @Nullable UUID approverOrganisationId, UUID registrationId, boolean approve) {
        if (!approve) {
            return end(collaborationId, registrationId, RegistrationStatus.DECLINED, approverOrganisationId);
        }
        Registrations.Held held = locked(collaborationId, registrationId, approverOrganisationId);
        RegistrationSummary before = held.registration();
        if (before.status() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new InvalidInput("registration", "registration.notAwaitingApproval");
        }
        registrations.changeStatus(registrationId, RegistrationStatus.CONFIRMED, held.seatOrganisationId(), now());
        RegistrationSummary after =
                registrations.find(registrationId).orElseThrow().registration();
        audit.updated(collaborationId, "registration", registrationId, after.email(), before, after);
        events.publishEvent(
                new RegistrationConfirmed(collaborationId, after.activityId(), registrationId, after.email()));
        return after;
    }

    private RegistrationSummary end(
            UUID collaborationId,
            UUID registrationId,
            RegistrationStatus status,
            @Nullable UUID approverOrganisationId) {
        Registrations.Held held = locked(collaborationId, registrationId, approverOrganisationId);
        RegistrationSummary before = held.registration();
        if (!before.status().active()) {
            return before;
        }
        if (status == RegistrationStatus.DECLINED && before.status() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new InvalidInput("registration", "registration.notAwaitingApproval");
        }
        registrations.changeStatus(registrationId, status, null, now());
        RegistrationSummary after =
                registrations.find(registrationId).orElseThrow().registration();
        audit.updated(collaborationId, "registration", registrationId, after.email(), before, after);
        events.publishEvent(
                new RegistrationCancelled(collaborationId, after.activityId(), registrationId, after.email(), status));
        if (before.status().holdsSeat()) {
            promote(activity(collaborationId, before.activityId()));
        }
        return after;
    }

    /** The registration with its activity locked, if the caller may act on it. */
    private Registrations.Held locked(
            UUID collaborationId, UUID registrationId, @Nullable UUID approverOrganisationId) {
        UUID activityId = registrations
                .find(registrationId)
                .map(h -> h.registration().activityId())
                .orElseThrow(RegistrationNotFound::new);
        if (!activities.lock(activityId).map(collaborationId::equals).orElse(false)) {
            throw new RegistrationNotFound();
        }
        Registrations.Held held = registrations.find(registrationId).orElseThrow(RegistrationNotFound::new);
        if (approverOrganisationId != null
                && !approverOrganisationId.equals(held.registration().organisationId())) {
            throw new RegistrationNotFound();
        }
        return held;
    }

    private void lock(UUID collaborationId, UUID activityId) {
        if (!activities.lock(activityId).map(collaborationId::equals).orElse(false)) {
            throw new ActivityNotFound();
        }
    }

    private ActivitySummary promote(ActivitySummary activity) {
        promote(activity, seats(activity), now());
        return activities.find(activity.id()).orElseThrow(ActivityNotFound::new);
    }

    /**
     * Gives free seats to those waiting, in arrival order: each to the first who may have it (a
     * reserved seat only to its organisation's people until the release date). Row lock held.
     */
    private Seats promote(ActivitySummary activity, Seats seats, LocalDateTime now) {
        if (seats.seatsLeft() == 0) {
            return seats;
        }
        Seats current = seats;
        for (RegistrationSummary waiting : registrations.waitlist(activity.id())) {
            Optional<Seats.Seat> seat = current.seatFor(waiting.organisationId());
            if (seat.isEmpty()) {
                continue;
            }
            RegistrationStatus status =
                    activity.leaderApproval() ? RegistrationStatus.AWAITING_APPROVAL : RegistrationStatus.CONFIRMED;
            registrations.changeStatus(waiting.id(), status, seat.get().quotaOrganisation(), now);
            current = current.take(seat.get());
            events.publishEvent(new WaitlistPromoted(
                    activity.collaborationId(), activity.id(), waiting.id(), waiting.email(), status));
            if (current.seatsLeft() == 0) {
                break;
            }
        }
        return current;
    }

    private Seats seats(ActivitySummary activity) {
        Map<@Nullable UUID, Integer> held = registrations.seatsHeld(activity.id());
        Map<UUID, Integer> quotaHeld = new HashMap<>();
        held.forEach((organisationId, n) -> {
            if (organisationId != null) {
                quotaHeld.put(organisationId, n);
            }
        });
        Integer open = held.get(null);
        LocalDate today = now().toLocalDate();
        boolean released = activity.quotaReleaseOn() == null
                ? activity.quotas().isEmpty()
                : !today.isBefore(activity.quotaReleaseOn());
        return new Seats(activity.capacity(), activity.quotas(), released, quotaHeld, open == null ? 0 : open);
    }
}
