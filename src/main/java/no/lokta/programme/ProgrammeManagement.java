package no.lokta.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationNotFound;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final ProgrammeCache cache;
    private final Registrations registrations;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(ZONE);

    ProgrammeManagement(
            Activities activities,
            ProgrammeCache cache,
            Registrations registrations,
            MemberManagement members,
            NetworkManagement networks,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.activities = activities;
        this.cache = cache;
        this.registrations = registrations;
        this.members = members;
        this.networks = networks;
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

    /** The public programme: one page of published activities, filtered as asked, in one statement. */
    // no transaction of its own: a page from the cache needs no connection, a page read is one statement
    @Transactional(propagation = Propagation.SUPPORTS)
    public ProgrammePage programme(ProgrammeFilter filter) {
        return cache.page(filter, f -> activities.search(f, now()));
    }

    /** An activity anyone may see: not a draft. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ActivitySummary publicActivity(UUID id) {
        return cache.activity(id, activities::find)
                .filter(a -> a.status() != ActivityStatus.DRAFT)
                .orElseThrow(ActivityNotFound::new);
    }

    @Transactional
    public ActivitySummary createActivity(UUID collaborationId, ActivityCommand c) {
        checkQuotaOrganisations(collaborationId, c);
        checkNetwork(collaborationId, c);
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
        checkNetwork(collaborationId, c);
        ActivitySummary before = activity(collaborationId, id);
        int held = before.capacity() - before.seatsLeft();
        if (c.capacity() < held) {
            // seats already given are not taken back by an edit: cancel registrations first
            throw new InvalidInput("capacity", "activity.capacity.belowHeld", held);
        }
        activities.update(id, c);
        ActivitySummary after = promote(activity(collaborationId, id));
        audit.updated(collaborationId, "activity", id, after.title(), before, after);
        if (before.status() != ActivityStatus.CANCELLED && after.status() == ActivityStatus.CANCELLED) {
            events.publishEvent(new ActivityCancelled(collaborationId, id, after.title()));
        }
        if (before.status() != ActivityStatus.COMPLETED && after.status() == ActivityStatus.COMPLETED) {
            events.publishEvent(new ActivityCompleted(collaborationId, id, after.title()));
        }
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

    private void checkNetwork(UUID collaborationId, ActivityCommand c) {
        if (c.networkId() != null && !networks.networkNames(collaborationId).containsKey(c.networkId())) {
            throw new InvalidInput("networkId", "activity.network.unknown");
        }
    }

    // --- attendance

    /**
     * How many distinct people attended the activity of the collaboration (present at a session
     * or more), in total and per organisation; another collaboration's activity is not found.
     */
    public ActivityAttendance attendance(UUID collaborationId, UUID activityId) {
        ActivityAttendance found =
                attendance(collaborationId, List.of(activityId)).get(activityId);
        if (found == null) {
            throw new ActivityNotFound();
        }
        return found;
    }

    /** Those present at a session or more of the activity, whom its evaluation goes to. */
    public List<ActivityAttendee> attendees(UUID collaborationId, UUID activityId) {
        return registrations.attendees(collaborationId, activityId);
    }

    /**
     * The attendance of several activities of the collaboration in one statement, by activity id;
     * an id of no activity of the collaboration is left out.
     */
    public Map<UUID, ActivityAttendance> attendance(UUID collaborationId, Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        return registrations.attendance(collaborationId, activityIds);
    }

    // --- sites of sessions

    /** Adds a site to a session of the activity: the session then gathers there too, on video. */
    @Transactional
    public SiteSummary addSite(UUID collaborationId, UUID activityId, UUID sessionId, SiteCommand c) {
        lock(collaborationId, activityId);
        ActivitySummary activity = activity(collaborationId, activityId);
        if (activity.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
            throw new ActivityNotFound();
        }
        UUID id = UUID.randomUUID();
        activities.insertSite(id, sessionId, c);
        SiteSummary site = new SiteSummary(id, sessionId, c.place(), c.facilitatorName(), c.facilitatorEmail());
        audit.created(collaborationId, "sessionSite", id, activity.title() + ": " + c.place(), site);
        return site;
    }

    /** Removes a site; those registered for it stay registered, without a site. */
    @Transactional
    public void removeSite(UUID collaborationId, UUID activityId, UUID siteId) {
        lock(collaborationId, activityId);
        ActivitySummary activity = activity(collaborationId, activityId);
        SiteSummary site = activity.sites().stream()
                .filter(s -> s.id().equals(siteId))
                .findFirst()
                .orElseThrow(ActivityNotFound::new);
        activities.deleteSite(siteId);
        audit.deleted(collaborationId, "sessionSite", siteId, activity.title() + ": " + site.place(), site);
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
        if (c.siteId() != null && activity.sites().stream().noneMatch(s -> s.id().equals(c.siteId()))) {
            throw new InvalidInput("siteId", "registration.site.unknown");
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
            default ->
                // the leader decides, and the confirmation follows that
                events.publishEvent(new RegistrationAwaitingApproval(
                        collaborationId, activity.id(), id, c.email(), registered.organisationId(), false));
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
                new RegistrationConfirmed(collaborationId, after.activityId(), registrationId, after.email(), true));
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
     * Seats reserved for organisations until a release date that has come are open to all: they go
     * to the waitlist now (a daily job), not only when the next person registers. Each activity is
     * decided under its row lock; returns how many activities were looked at.
     */
    @Transactional
    public int releaseReservedSeats(LocalDate today) {
        List<UUID> due = activities.reservedSeatsReleasedBy(today);
        for (UUID id : due) {
            UUID collaborationId = activities.lock(id).orElseThrow(ActivityNotFound::new);
            ActivitySummary activity = activity(collaborationId, id);
            promote(activity, seats(activity, today), now());
        }
        return due.size();
    }

    /** One registration of the collaboration. */
    public RegistrationSummary registration(UUID collaborationId, UUID registrationId) {
        RegistrationSummary registration = registrations
                .find(registrationId)
                .map(Registrations.Held::registration)
                .orElseThrow(RegistrationNotFound::new);
        if (activities
                .find(registration.activityId())
                .filter(a -> a.collaborationId().equals(collaborationId))
                .isEmpty()) {
            throw new RegistrationNotFound();
        }
        return registration;
    }

    /** A registration by id alone, for a holder of its personal link (who proves it with the link's token). */
    public Optional<RegistrationSummary> registrationById(UUID registrationId) {
        return registrations.find(registrationId).map(Registrations.Held::registration);
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
            if (status == RegistrationStatus.AWAITING_APPROVAL) {
                events.publishEvent(new RegistrationAwaitingApproval(
                        activity.collaborationId(),
                        activity.id(),
                        waiting.id(),
                        waiting.email(),
                        waiting.organisationId(),
                        true));
            }
            if (current.seatsLeft() == 0) {
                break;
            }
        }
        return current;
    }

    private Seats seats(ActivitySummary activity) {
        return seats(activity, now().toLocalDate());
    }

    private Seats seats(ActivitySummary activity, LocalDate today) {
        Map<@Nullable UUID, Integer> held = registrations.seatsHeld(activity.id());
        Map<UUID, Integer> quotaHeld = new HashMap<>();
        held.forEach((organisationId, n) -> {
            if (organisationId != null) {
                quotaHeld.put(organisationId, n);
            }
        });
        Integer open = held.get(null);
        boolean released = activity.quotaReleaseOn() == null
                ? activity.quotas().isEmpty()
                : !today.isBefore(activity.quotaReleaseOn());
        return new Seats(activity.capacity(), activity.quotas(), released, quotaHeld, open == null ? 0 : open);
    }
}
