package no.lokta.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.Networks.BodyRow;
import no.lokta.network.Networks.MembershipRow;
import no.lokta.network.Networks.NetworkRow;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional networks of a collaboration, their governance bodies and who sits in them
 * when. Every method takes the collaboration it works in; an id from another one is not found.
 */
@Service
@Transactional(readOnly = true)
public class NetworkManagement {

    /** Earliest first; on the same day the leader before the others, then by name. */
    private static final Comparator<BodyMembershipSummary> SEAT_ORDER = Comparator.comparing(
                    BodyMembershipSummary::validFrom)
            .thenComparing(BodyMembershipSummary::role)
            .thenComparing(m -> m.person().name());

    private final Networks networks;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final AuditLog audit;

    NetworkManagement(Networks networks, MemberManagement members, PeopleManagement people, AuditLog audit) {
        this.networks = networks;
        this.members = members;
        this.people = people;
        this.audit = audit;
    }

    // --- networks

    public List<NetworkSummary> networks(UUID collaborationId) {
        Map<UUID, NetworkPerson> persons = persons(collaborationId);
        Map<UUID, List<UUID>> coordinators = networks.coordinators(collaborationId);
        return networks.all(collaborationId).stream()
                .map(n -> summary(n, coordinators.getOrDefault(n.id(), List.of()), persons))
                .toList();
    }

    /** The names of the collaboration's networks by id, in one statement: for choices and labels. */
    public Map<UUID, String> networkNames(UUID collaborationId) {
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        networks.all(collaborationId).forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    public NetworkSummary network(UUID collaborationId, UUID id) {
        NetworkRow row = networks.find(collaborationId, id).orElseThrow(NetworkNotFound::new);
        return summary(
                row, networks.coordinators(collaborationId).getOrDefault(id, List.of()), persons(collaborationId));
    }

    /** Creates a network with its steering group and resource group, both empty. */
    @Transactional
    public NetworkSummary createNetwork(UUID collaborationId, NetworkCommand c) {
        check(collaborationId, null, c);
        NetworkRow row =
                new NetworkRow(UUID.randomUUID(), collaborationId, c.name(), c.theme(), c.description(), c.status());
        networks.insert(row);
        networks.replaceCoordinators(collaborationId, row.id(), c.coordinatorIds());
        networks.body(collaborationId, row.id(), BodyKind.STEERING_GROUP, null);
        networks.body(collaborationId, row.id(), BodyKind.RESOURCE_GROUP, null);
        NetworkSummary created = network(collaborationId, row.id());
        audit.created(collaborationId, "network", row.id(), row.name(), created);
        return created;
    }

    @Transactional
    public NetworkSummary updateNetwork(UUID collaborationId, UUID id, NetworkCommand c) {
        if (networks.lock(collaborationId, id).isEmpty()) {
            throw new NetworkNotFound();
        }
        NetworkSummary before = network(collaborationId, id);
        check(collaborationId, id, c);
        networks.update(new NetworkRow(id, collaborationId, c.name(), c.theme(), c.description(), c.status()));
        networks.replaceCoordinators(collaborationId, id, c.coordinatorIds());
        NetworkSummary after = network(collaborationId, id);
        audit.updated(collaborationId, "network", id, after.name(), before, after);
        return after;
    }

    private void check(UUID collaborationId, @Nullable UUID self, NetworkCommand c) {
        if (networks.nameTaken(collaborationId, c.name(), self)) {
            throw new InvalidInput("name", "network.name.taken");
        }
        List<UUID> coordinators = coordinatorCandidates(collaborationId).stream()
                .map(NetworkPerson::accountId)
                .toList();
        if (!coordinators.containsAll(c.coordinatorIds())) {
            throw new InvalidInput("coordinatorIds", "network.coordinators.unknown");
        }
    }

    /** The people who may coordinate a network: the unit's coordinators. */
    public List<NetworkPerson> coordinatorCandidates(UUID collaborationId) {
        return people.peopleIn(collaborationId).stream()
                .filter(p -> p.roles().contains(Role.COORDINATOR))
                .map(NetworkManagement::person)
                .toList();
    }

    /** The people who may sit in a body: everyone with a role in the collaboration. */
    public List<NetworkPerson> personCandidates(UUID collaborationId) {
        return people.peopleIn(collaborationId).stream()
                .map(NetworkManagement::person)
                .toList();
    }

    // --- bodies and memberships

    /** The bodies of a network: steering group, resource group, then the teams by organisation. */
    public List<BodySummary> bodies(UUID collaborationId, UUID networkId) {
        if (networks.find(collaborationId, networkId).isEmpty()) {
            throw new NetworkNotFound();
        }
        Map<UUID, NetworkPerson> persons = persons(collaborationId);
        Map<UUID, String> organisations = members.organisations(collaborationId).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        List<BodyRow> bodies = networks.bodies(collaborationId, networkId);
        Map<UUID, BodyRow> bodiesById = bodies.stream().collect(Collectors.toMap(BodyRow::id, Function.identity()));
        Map<UUID, List<BodyMembershipSummary>> seats = networks.memberships(collaborationId, networkId).stream()
                .map(m -> summary(m, Objects.requireNonNull(bodiesById.get(m.bodyId())), persons))
                .collect(Collectors.groupingBy(BodyMembershipSummary::bodyId));
        return bodies.stream()
                .map(b -> new BodySummary(
                        b.id(),
                        b.kind(),
                        b.organisationId(),
                        b.organisationId() == null ? "" : organisations.getOrDefault(b.organisationId(), ""),
                        seats.getOrDefault(b.id(), List.of()).stream()
                                .sorted(SEAT_ORDER)
                                .toList()))
                .sorted(Comparator.comparing(BodySummary::kind).thenComparing(BodySummary::organisationName))
                .toList();
    }

    public List<BodyMembershipSummary> memberships(UUID collaborationId, UUID networkId) {
        return bodies(collaborationId, networkId).stream()
                .flatMap(b -> b.memberships().stream())
                .toList();
    }

    /** Seats a person in a body; a participant team is made on its organisation's first seat. */
    @Transactional
    public BodyMembershipSummary addMembership(UUID collaborationId, UUID networkId, BodyMembershipCommand c) {
        NetworkRow network = networks.lock(collaborationId, networkId).orElseThrow(NetworkNotFound::new);
        Map<UUID, NetworkPerson> persons = persons(collaborationId);
        if (!persons.containsKey(c.accountId())) {
            throw new InvalidInput("accountId", "network.membership.person.unknown");
        }
        if (c.organisationId() != null
                && members.organisations(collaborationId).stream().noneMatch(o -> o.id().equals(c.organisationId()))) {
            throw new InvalidInput("organisationId", "network.membership.organisation.unknown");
        }
        boolean overlaps = memberships(collaborationId, networkId).stream()
                .filter(m -> m.body() == c.body()
                        && Objects.equals(m.organisationId(), c.organisationId())
                        && m.person().accountId().equals(c.accountId()))
                .anyMatch(m -> m.overlaps(c.validFrom(), c.validTo()));
        if (overlaps) {
            throw new InvalidInput("validFrom", "network.membership.overlap");
        }
        BodyRow body = networks.body(collaborationId, networkId, c.body(), c.organisationId());
        MembershipRow row =
                new MembershipRow(UUID.randomUUID(), body.id(), c.accountId(), c.role(), c.validFrom(), c.validTo());
        networks.insert(collaborationId, row);
        BodyMembershipSummary created = summary(row, body, persons);
        audit.created(
                collaborationId,
                "networkMembership",
                row.id(),
                network.name() + ": " + created.person().name(),
                created);
        return created;
    }

    /** Ends a seat on a day (inclusive); it may be ended again, earlier or later, but not before it began. */
    @Transactional
    public BodyMembershipSummary endMembership(
            UUID collaborationId, UUID networkId, UUID membershipId, LocalDate lastDay) {
        NetworkRow network = networks.lock(collaborationId, networkId).orElseThrow(NetworkNotFound::new);
        BodyMembershipSummary before = memberships(collaborationId, networkId).stream()
                .filter(m -> m.id().equals(membershipId))
                .findFirst()
                .orElseThrow(NetworkNotFound::new);
        if (lastDay.isBefore(before.validFrom())) {
            throw new InvalidInput("validTo", "network.membership.period.endBeforeStart");
        }
        networks.end(collaborationId, membershipId, lastDay);
        BodyMembershipSummary after = new BodyMembershipSummary(
                before.id(),
                before.bodyId(),
                before.body(),
                before.organisationId(),
                before.person(),
                before.role(),
                before.validFrom(),
                lastDay);
        audit.updated(
                collaborationId,
                "networkMembership",
                membershipId,
                network.name() + ": " + after.person().name(),
                before,
                after);
        return after;
    }

    /** Whether a person sits in the network's resource group on a day: they may edit its programme. */
    public boolean isResourceGroupMember(UUID collaborationId, UUID networkId, UUID accountId, LocalDate on) {
        return networks.sitsIn(collaborationId, networkId, accountId, BodyKind.RESOURCE_GROUP, on);
    }

    // --- mapping

    private Map<UUID, NetworkPerson> persons(UUID collaborationId) {
        return people.peopleIn(collaborationId).stream()
                .collect(Collectors.toMap(PersonSummary::accountId, NetworkManagement::person));
    }

    private static NetworkPerson person(PersonSummary p) {
        return new NetworkPerson(p.accountId(), p.name(), p.email());
    }

    private static NetworkSummary summary(NetworkRow n, List<UUID> coordinatorIds, Map<UUID, NetworkPerson> persons) {
        List<NetworkPerson> coordinators = coordinatorIds.stream()
                .map(id -> persons.getOrDefault(id, new NetworkPerson(id, "", "")))
                .sorted(Comparator.comparing(NetworkPerson::name))
                .toList();
        return new NetworkSummary(
                n.id(), n.collaborationId(), n.name(), n.theme(), n.description(), n.status(), coordinators);
    }

    private static BodyMembershipSummary summary(MembershipRow m, BodyRow body, Map<UUID, NetworkPerson> persons) {
        return new BodyMembershipSummary(
                m.id(),
                body.id(),
                body.kind(),
                body.organisationId(),
                persons.getOrDefault(m.accountId(), new NetworkPerson(m.accountId(), "", "")),
                m.role(),
                m.validFrom(),
                m.validTo());
    }
}
