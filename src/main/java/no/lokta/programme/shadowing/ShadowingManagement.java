package no.lokta.programme.shadowing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationNotFound;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkNotFound;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ProgrammeManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job shadowing in a collaboration: placements, applications, both leaders' approvals and the
 * reports. Every decision on a placement's places is taken in one transaction holding the
 * placement's row lock, so the people accepted never outnumber its capacity. Every method takes
 * the collaboration it works in; an id from another one is not found.
 */
@Service
@Transactional(readOnly = true)
public class ShadowingManagement {

    private final Placements placements;
    private final PlacementApplications applications;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final PeopleManagement people;
    private final ShadowingMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ProgrammeManagement.ZONE);

    ShadowingManagement(
            Placements placements,
            PlacementApplications applications,
            MemberManagement members,
            NetworkManagement networks,
            PeopleManagement people,
            ShadowingMails mails,
            AuditLog audit) {
        this.placements = placements;
        this.applications = applications;
        this.members = members;
        this.networks = networks;
        this.people = people;
        this.mails = mails;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- placements

    /** All placements of the collaboration, drafts included, latest first. */
    public List<PlacementSummary> placements(UUID collaborationId) {
        return placements.ofCollaboration(collaborationId);
    }

    public PlacementSummary placement(UUID collaborationId, UUID id) {
        return placements
                .find(id)
                .filter(p -> p.collaborationId().equals(collaborationId))
                .orElseThrow(PlacementNotFound::new);
    }

    /** Published placements anyone may read, of one collaboration or all. */
    public List<PlacementSummary> publishedPlacements(@Nullable UUID collaborationId) {
        return placements.published(collaborationId);
    }

    /** A placement anyone may see: not a draft. */
    public PlacementSummary publicPlacement(UUID id) {
        return placements
                .find(id)
                .filter(p -> p.status() != PlacementStatus.DRAFT)
                .orElseThrow(PlacementNotFound::new);
    }

    @Transactional
    public PlacementSummary createPlacement(UUID collaborationId, PlacementCommand c) {
        checkHostAndNetwork(collaborationId, c);
        UUID id = UUID.randomUUID();
        placements.insert(id, collaborationId, c);
        PlacementSummary created = placement(collaborationId, id);
        audit.created(collaborationId, "placement", id, label(created), created);
        return created;
    }

    @Transactional
    public PlacementSummary updatePlacement(UUID collaborationId, UUID id, PlacementCommand c) {
        lock(collaborationId, id);
        checkHostAndNetwork(collaborationId, c);
        PlacementSummary before = placement(collaborationId, id);
        if (c.capacity() < before.accepted()) {
            // places already given are not taken back by an edit
            throw new InvalidInput("capacity", "placement.capacity.belowAccepted", before.accepted());
        }
        placements.update(id, c);
        PlacementSummary after = placement(collaborationId, id);
        audit.updated(collaborationId, "placement", id, label(after), before, after);
        return after;
    }

    private void checkHostAndNetwork(UUID collaborationId, PlacementCommand c) {
        try {
            members.organisation(collaborationId, c.hostOrganisationId());
        } catch (OrganisationNotFound e) {
            throw new InvalidInput("hostOrganisationId", "placement.host.unknown");
        }
        UUID networkId = c.networkId();
        if (networkId != null) {
            try {
                networks.network(collaborationId, networkId);
            } catch (NetworkNotFound e) {
                throw new InvalidInput("networkId", "placement.network.unknown");
            }
        }
    }

    private void lock(UUID collaborationId, UUID placementId) {
        if (!placements.lock(placementId).map(collaborationId::equals).orElse(false)) {
            throw new PlacementNotFound();
        }
    }

    // --- applications

    /**
     * A person applies for a published placement before its deadline, while places are left. A
     * second application while the first is live returns the first. Both leaders are asked.
     */
    @Transactional
    public ApplicationSummary apply(UUID collaborationId, ApplicationCommand c) {
        return apply(collaborationId, c, today());
    }

    @Transactional
    ApplicationSummary apply(UUID collaborationId, ApplicationCommand c, LocalDate today) {
        lock(collaborationId, c.placementId());
        PlacementSummary placement = placement(collaborationId, c.placementId());
        Optional<ApplicationSummary> live = applications.live(c.placementId(), c.accountId());
        if (live.isPresent()) {
            return live.get();
        }
        if (placement.status() != PlacementStatus.PUBLISHED) {
            throw new InvalidInput("placement", "placement.apply.notPublished");
        }
        if (today.isAfter(placement.applicationDeadline())) {
            throw new InvalidInput("placement", "placement.apply.deadlinePassed");
        }
        if (placement.placesLeft() == 0) {
            throw new InvalidInput("placement", "placement.apply.full");
        }
        if (c.from().isBefore(placement.periodFrom()) || c.to().isAfter(placement.periodTo())) {
            throw new InvalidInput("preferredFrom", "placement.apply.outsidePeriod");
        }
        try {
            members.organisation(collaborationId, c.organisation());
        } catch (OrganisationNotFound e) {
            throw new InvalidInput("organisationId", "placement.apply.unknownOrganisation");
        }
        UUID id = UUID.randomUUID();
        applications.insert(id, c, now());
        ApplicationSummary created = application(id);
        audit.created(collaborationId, "placementApplication", id, label(placement) + ": " + c.email(), created);
        Leaders leaders = leaders(collaborationId);
        mails.approvalNeeded(collaborationId, leaders.mailsFor(c.organisation()), created, Side.HOME);
        mails.approvalNeeded(collaborationId, leaders.mailsFor(placement.hostOrganisationId()), created, Side.HOST);
        return created;
    }

    /** The applications for a placement, in arrival order, with reports. */
    public List<ApplicationSummary> applications(UUID collaborationId, UUID placementId) {
        placement(collaborationId, placementId);
        return applications.ofPlacement(placementId);
    }

    /** The person's own applications in the collaboration, latest first. */
    public List<ApplicationSummary> applicationsOf(UUID collaborationId, UUID accountId) {
        return applications.ofAccount(collaborationId, accountId);
    }

    /** The person's live application for a placement, if any. */
    public Optional<ApplicationSummary> liveApplication(UUID placementId, UUID accountId) {
        return applications.live(placementId, accountId);
    }

    /** The applications waiting for this approver, each with the sides they may decide for. */
    public List<Awaiting> awaiting(UUID collaborationId, Approver approver) {
        if (!approver.mayApprove()) {
            return List.of();
        }
        Leaders leaders = leaders(collaborationId);
        return applications.awaiting(collaborationId).stream()
                .map(h -> new Awaiting(h.application(), pending(h, sides(h, approver, leaders))))
                .filter(a -> !a.sides().isEmpty())
                .toList();
    }

    /** An application waiting for a leader, and the sides the one asking may approve for. */
    public record Awaiting(ApplicationSummary application, Set<Side> sides) {

        public Awaiting {
            sides = Set.copyOf(sides);
        }
    }

    /**
     * Approves for every side the approver speaks for and that still waits. The second side's
     * approval accepts the application, if a place is left; else nothing changes.
     */
    @Transactional
    public ApplicationSummary approve(UUID collaborationId, Approver approver, UUID applicationId) {
        PlacementApplications.Held held = locked(collaborationId, applicationId);
        ApplicationSummary before = held.application();
        Set<Side> sides = sides(held, approver, leaders(collaborationId));
        if (sides.isEmpty()) {
            throw new AccessDeniedException("not a leader of this application");
        }
        if (!before.status().awaiting()) {
            throw new InvalidInput("application", "placement.decide.notAwaiting");
        }
        Set<Side> pending = pending(held, sides);
        if (pending.isEmpty()) {
            return before; // approved already: a second click changes nothing
        }
        boolean homeDone = !before.status().awaits(Side.HOME) || pending.contains(Side.HOME);
        boolean hostDone = !before.status().awaits(Side.HOST) || pending.contains(Side.HOST);
        ApplicationStatus status = homeDone && hostDone
                ? ApplicationStatus.ACCEPTED
                : homeDone ? ApplicationStatus.HOME_APPROVED : ApplicationStatus.HOST_APPROVED;
        if (status == ApplicationStatus.ACCEPTED) {
            PlacementSummary placement = placement(collaborationId, before.placementId());
            if (placement.placesLeft() == 0) {
                throw new InvalidInput("application", "placement.decide.full", placement.capacity());
            }
        }
        LocalDateTime now = now();
        for (Side side : pending) {
            applications.approve(applicationId, side, status, approver.accountId(), now);
        }
        ApplicationSummary after = application(applicationId);
        audit.updated(collaborationId, "placementApplication", applicationId, after.email(), before, after);
        mails.decided(collaborationId, after);
        return after;
    }

    /** Declines for a side the approver speaks for, with a reason the applicant is told. */
    @Transactional
    public ApplicationSummary decline(UUID collaborationId, Approver approver, UUID applicationId, String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "NotBlank");
        }
        if (why.length() > 500) {
            throw new InvalidInput("reason", "form.tooLong", 500);
        }
        PlacementApplications.Held held = locked(collaborationId, applicationId);
        ApplicationSummary before = held.application();
        Set<Side> sides = sides(held, approver, leaders(collaborationId));
        if (sides.isEmpty()) {
            throw new AccessDeniedException("not a leader of this application");
        }
        if (!before.status().awaiting()) {
            throw new InvalidInput("application", "placement.decide.notAwaiting");
        }
        Set<Side> pending = pending(held, sides);
        Side side =
                pending.isEmpty() ? sides.iterator().next() : pending.iterator().next();
        applications.decline(applicationId, side, why, now());
        ApplicationSummary after = application(applicationId);
        audit.updated(collaborationId, "placementApplication", applicationId, after.email(), before, after);
        mails.decided(collaborationId, after);
        return after;
    }

    /** The applicant's report, from the last day of an accepted placement on; it may be revised. */
    @Transactional
    public ApplicationSummary report(UUID collaborationId, UUID accountId, UUID applicationId, ReportCommand c) {
        return report(collaborationId, accountId, applicationId, c, today());
    }

    @Transactional
    ApplicationSummary report(
            UUID collaborationId, UUID accountId, UUID applicationId, ReportCommand c, LocalDate today) {
        ApplicationSummary before = ownApplication(collaborationId, accountId, applicationId);
        if (!before.reportDueOn(today)) {
            throw new InvalidInput("learned", "placement.report.notDue");
        }
        applications.report(applicationId, c, now());
        ApplicationSummary after = application(applicationId);
        audit.updated(collaborationId, "placementReport", applicationId, after.email(), before, after);
        return after;
    }

    /** An application of the person's own. */
    public ApplicationSummary ownApplication(UUID collaborationId, UUID accountId, UUID applicationId) {
        return applications
                .find(applicationId)
                .filter(h -> h.collaborationId().equals(collaborationId))
                .map(PlacementApplications.Held::application)
                .filter(a -> a.accountId().equals(accountId))
                .orElseThrow(PlacementApplicationNotFound::new);
    }

    private ApplicationSummary application(UUID id) {
        return applications
                .find(id)
                .map(PlacementApplications.Held::application)
                .orElseThrow(PlacementApplicationNotFound::new);
    }

    /** The application, with its placement's row locked, if it is of this collaboration. */
    private PlacementApplications.Held locked(UUID collaborationId, UUID applicationId) {
        UUID placementId = applications
                .find(applicationId)
                .filter(h -> h.collaborationId().equals(collaborationId))
                .map(h -> h.application().placementId())
                .orElseThrow(PlacementApplicationNotFound::new);
        lock(collaborationId, placementId);
        return applications.find(applicationId).orElseThrow(PlacementApplicationNotFound::new);
    }

    // --- who decides

    /** The sides the approver speaks for on this application, whether or not they still wait. */
    private static Set<Side> sides(PlacementApplications.Held held, Approver approver, Leaders leaders) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (speaksFor(approver, held.application().organisationId(), leaders)) {
            sides.add(Side.HOME);
        }
        if (speaksFor(approver, held.hostOrganisationId(), leaders)) {
            sides.add(Side.HOST);
        }
        return sides;
    }

    /** An organisation's own leader; a coordinator only for an organisation without one. */
    private static boolean speaksFor(Approver approver, UUID organisationId, Leaders leaders) {
        return organisationId.equals(approver.organisationId())
                || (approver.coordinator() && !leaders.has(organisationId));
    }

    private static Set<Side> pending(PlacementApplications.Held held, Set<Side> sides) {
        Set<Side> pending = EnumSet.noneOf(Side.class);
        for (Side side : sides) {
            if (held.application().status().awaits(side)) {
                pending.add(side);
            }
        }
        return pending;
    }

    /**
     * The leaders of the collaboration's organisations (kommunekontakter, and partners' contacts),
     * and its coordinators, who act for an organisation without a leader.
     */
    private record Leaders(List<PersonSummary> leaders, List<String> coordinators) {

        boolean has(UUID organisationId) {
            return leaders.stream().anyMatch(p -> organisationId.equals(p.organisationId()));
        }

        List<String> mailsFor(UUID organisationId) {
            List<String> own = leaders.stream()
                    .filter(p -> organisationId.equals(p.organisationId()))
                    .map(PersonSummary::email)
                    .toList();
            return own.isEmpty() ? coordinators : own;
        }
    }

    private Leaders leaders(UUID collaborationId) {
        List<PersonSummary> everyone = people.peopleIn(collaborationId);
        return new Leaders(
                everyone.stream()
                        .filter(p -> p.organisationId() != null
                                && (p.roles().contains(Role.MUNICIPALITY_CONTACT)
                                        || p.roles().contains(Role.PARTNER)))
                        .toList(),
                everyone.stream()
                        .filter(p -> p.roles().contains(Role.COORDINATOR))
                        .map(PersonSummary::email)
                        .collect(Collectors.toList()));
    }

    private static String label(PlacementSummary p) {
        return p.hostOrganisationName() + ", " + p.unit();
    }
}
