package no.lokta.network;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LØKTA's five networks of 2011, each with the Administrativt råd as steering group, a resource
 * group with a user representative and teams from two member municipalities. The networks are
 * real; every person is invented.
 */
@Component
@Order(40)
class NetworkDemoData implements DemoData {

    private static final LocalDate START = LocalDate.of(2011, 1, 1);
    private static final String COORDINATOR = "koordinator@lokta.no";
    private static final String RESOURCE_PERSON = "ressurs@lokta.no";

    /** The heads of health and care in the member municipalities who form the Administrativt råd. */
    private static final List<String> ADMINISTRATIVE_COUNCIL =
            List.of("Åse Johansen", "Geir Karlsen", "Linda Mikkelsen", "Tor Eilertsen", "Bente Isaksen");

    private record Demo(
            String name, String theme, String description, List<String> resourceGroup, String userRepresentative) {}

    private static final List<Demo> NETWORKS = List.of(
            new Demo(
                    "Fagnettverk geriatri",
                    "Rehabilitering og demens",
                    "Nettverket for eldre med sammensatte behov. Rehabilitering og demens ble slått sammen med"
                            + " geriatri i 2011.",
                    List.of("Siri Hauge", "Morten Dahl"),
                    "Randi Aune"),
            new Demo(
                    "Fagnettverk utviklingshemming (PU)",
                    "Tjenester til personer med utviklingshemming",
                    "Kompetanse for ansatte som yter tjenester til personer med utviklingshemming.",
                    List.of("Camilla Berntsen", "Jon Rasmussen"),
                    "Eva Nilsen"),
            new Demo(
                    "Fagnettverk psykisk helse",
                    "Psykisk helse og rus",
                    "Nettverket for psykisk helsearbeid i kommunene, sammen med spesialisthelsetjenesten.",
                    List.of("Hilde Strøm", "Are Sandvik"),
                    "Nils Pettersen"),
            new Demo(
                    "Sa-Do kompetansenettverk",
                    "Pleie og omsorg",
                    "Kompetansenettverket for pleie- og omsorgstjenestene: hjemmetjenester og sykehjem.",
                    List.of("Marit Olsen", "Kjell Jakobsen"),
                    "Solveig Hanssen"),
            new Demo(
                    "Fagnettverk palliasjon",
                    "Lindrende behandling og omsorg",
                    "Nettverket for lindrende behandling og omsorg ved livets slutt, med ressurssykepleiere"
                            + " fra kommunene.",
                    List.of("Tone Larsen", "Ivar Mathisen"),
                    "Gunn Andreassen"));

    /** Two member municipalities send a team to each network, with a local facilitator. */
    private static final List<String> TEAM_MUNICIPALITIES = List.of("Bardu", "Senja", "Målselv", "Sørreisa", "Dyrøy");

    private static final List<String> TEAM_PEOPLE = List.of(
            "Anne Bakke",
            "Lars Hovde",
            "Ida Fredriksen",
            "Ola Simonsen",
            "Kristin Moen",
            "Eirik Lie",
            "Hege Berg",
            "Rune Hagen",
            "Mette Nygård",
            "Trond Eide",
            "Line Holm",
            "Stig Brekke",
            "Heidi Nordli",
            "Bjørn Vik",
            "Sara Lunde",
            "Pål Myhre",
            "Nina Aas",
            "Arne Sæther",
            "Wenche Foss",
            "Frode Lund");

    private final NetworkManagement networks;
    private final MemberManagement members;
    private final PeopleManagement people;

    NetworkDemoData(NetworkManagement networks, MemberManagement members, PeopleManagement people) {
        this.networks = networks;
        this.members = members;
        this.people = people;
    }

    @Override
    public List<String> load() {
        Optional<CollaborationSummary> lokta = members.collaborationNamed("LØKTA");
        if (lokta.isEmpty()) {
            return List.of();
        }
        UUID id = lokta.get().id();
        List<OrganisationSummary> organisations = members.organisations(id);
        List<UUID> coordinators =
                people.accountIdByEmail(COORDINATOR).map(List::of).orElse(List.of());
        List<UUID> council = ADMINISTRATIVE_COUNCIL.stream()
                .map(name -> account(id, name, Role.PARTICIPANT))
                .toList();
        int teamPerson = 0;
        for (int n = 0; n < NETWORKS.size(); n++) {
            Demo demo = NETWORKS.get(n);
            NetworkSummary network = networks.createNetwork(
                    id,
                    new NetworkCommand(
                            demo.name(), demo.theme(), demo.description(), NetworkStatus.ACTIVE, coordinators));
            for (int i = 0; i < council.size(); i++) {
                seat(
                        id,
                        network,
                        BodyKind.STEERING_GROUP,
                        null,
                        council.get(i),
                        i == 0 ? BodyRole.LEADER : BodyRole.MEMBER,
                        START,
                        null);
            }
            UUID leader = account(id, demo.resourceGroup().get(0), Role.RESOURCE_GROUP_MEMBER);
            UUID member = account(id, demo.resourceGroup().get(1), Role.RESOURCE_GROUP_MEMBER);
            seat(id, network, BodyKind.RESOURCE_GROUP, null, leader, BodyRole.LEADER, START, null);
            // an earlier seat that ended shows that the bodies keep their history
            seat(
                    id,
                    network,
                    BodyKind.RESOURCE_GROUP,
                    null,
                    member,
                    BodyRole.MEMBER,
                    START,
                    LocalDate.of(2016, 12, 31));
            seat(id, network, BodyKind.RESOURCE_GROUP, null, member, BodyRole.MEMBER, LocalDate.of(2019, 1, 1), null);
            UUID representative = account(id, demo.userRepresentative(), Role.RESOURCE_GROUP_MEMBER);
            seat(id, network, BodyKind.RESOURCE_GROUP, null, representative, BodyRole.USER_REPRESENTATIVE, START, null);
            if (n == 0) {
                Optional<UUID> resourcePerson = people.accountIdByEmail(RESOURCE_PERSON);
                if (resourcePerson.isPresent()) {
                    seat(
                            id,
                            network,
                            BodyKind.RESOURCE_GROUP,
                            null,
                            resourcePerson.get(),
                            BodyRole.MEMBER,
                            LocalDate.of(2020, 1, 1),
                            null);
                }
            }
            for (int t = 0; t < 2; t++) {
                UUID organisationId =
                        organisationNamed(organisations, TEAM_MUNICIPALITIES.get((n + t) % TEAM_MUNICIPALITIES.size()));
                if (organisationId == null) {
                    continue;
                }
                UUID facilitator = account(id, TEAM_PEOPLE.get(teamPerson++ % TEAM_PEOPLE.size()), Role.PARTICIPANT);
                UUID participant = account(id, TEAM_PEOPLE.get(teamPerson++ % TEAM_PEOPLE.size()), Role.PARTICIPANT);
                seat(
                        id,
                        network,
                        BodyKind.PARTICIPANT_TEAM,
                        organisationId,
                        facilitator,
                        BodyRole.FACILITATOR,
                        START,
                        null);
                seat(
                        id,
                        network,
                        BodyKind.PARTICIPANT_TEAM,
                        organisationId,
                        participant,
                        BodyRole.MEMBER,
                        LocalDate.of(2021, 8, 1),
                        null);
            }
        }
        return List.of();
    }

    private void seat(
            UUID collaborationId,
            NetworkSummary network,
            BodyKind body,
            @Nullable UUID organisationId,
            UUID accountId,
            BodyRole role,
            LocalDate from,
            @Nullable LocalDate to) {
        networks.addMembership(
                collaborationId,
                network.id(),
                new BodyMembershipCommand(body, organisationId, accountId, role, from, to));
    }

    /** An invented person's account, without a password, with a role in the collaboration. */
    private UUID account(UUID collaborationId, String name, Role role) {
        String email = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                        .replace("ø", "o")
                        .replace("æ", "ae")
                        .replaceAll("\\p{M}", "")
                        .replace(' ', '.')
                + "@example.org";
        UUID id = people.accountIdByEmail(email).orElseGet(() -> people.createAccount(email, name, null));
        people.grant(id, collaborationId, role, null);
        return id;
    }

    private static @Nullable UUID organisationNamed(List<OrganisationSummary> organisations, String name) {
        return organisations.stream()
                .filter(o -> o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElse(null);
    }
}
