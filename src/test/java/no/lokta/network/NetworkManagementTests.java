package no.lokta.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LoktaTest
class NetworkManagementTests {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Autowired
    NetworkManagement networks;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasLoktasFiveNetworksOf2011() {
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        List<NetworkSummary> all = networks.networks(lokta.id());
        assertThat(all)
                .extracting(NetworkSummary::name)
                .containsExactlyInAnyOrder(
                        "Fagnettverk geriatri",
                        "Fagnettverk utviklingshemming (PU)",
                        "Fagnettverk psykisk helse",
                        "Sa-Do kompetansenettverk",
                        "Fagnettverk palliasjon");
        for (NetworkSummary n : all) {
            assertThat(n.coordinators()).extracting(NetworkPerson::email).contains("koordinator@lokta.no");
            List<BodySummary> bodies = networks.bodies(lokta.id(), n.id());
            assertThat(bodies)
                    .extracting(BodySummary::kind)
                    .startsWith(BodyKind.STEERING_GROUP, BodyKind.RESOURCE_GROUP);
            assertThat(bodies.stream().filter(b -> b.kind() == BodyKind.PARTICIPANT_TEAM))
                    .hasSize(2);
            assertThat(bodies.get(1).memberships())
                    .extracting(BodyMembershipSummary::role)
                    .contains(BodyRole.USER_REPRESENTATIVE);
        }
    }

    @Test
    void createEditAndSeatPeopleWithPeriods() {
        var world = worlds.create();
        NetworkSummary created = networks.createNetwork(
                world.id(),
                new NetworkCommand(
                        " Demensnettverk ",
                        "Demens",
                        "",
                        NetworkStatus.ACTIVE,
                        List.of(world.coordinator().accountId())));
        assertThat(created.name()).isEqualTo("Demensnettverk");
        assertThat(created.coordinators())
                .extracting(NetworkPerson::accountId)
                .containsExactly(world.coordinator().accountId());
        assertThat(networks.bodies(world.id(), created.id()))
                .extracting(BodySummary::kind)
                .containsExactly(BodyKind.STEERING_GROUP, BodyKind.RESOURCE_GROUP);

        NetworkSummary paused = networks.updateNetwork(
                world.id(),
                created.id(),
                new NetworkCommand("Demensnettverk", "Demens", "Pause", NetworkStatus.PAUSED, List.of()));
        assertThat(paused.status()).isEqualTo(NetworkStatus.PAUSED);
        assertThat(paused.coordinators()).isEmpty();

        var team = networks.addMembership(
                world.id(),
                created.id(),
                new BodyMembershipCommand(
                        BodyKind.PARTICIPANT_TEAM,
                        world.municipality().id(),
                        world.contact().accountId(),
                        BodyRole.FACILITATOR,
                        START,
                        null));
        var resource = networks.addMembership(
                world.id(),
                created.id(),
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP,
                        null,
                        world.participant().accountId(),
                        BodyRole.USER_REPRESENTATIVE,
                        START,
                        null));
        assertThat(networks.bodies(world.id(), created.id()))
                .extracting(BodySummary::kind, BodySummary::organisationName)
                .containsExactly(
                        tuple(BodyKind.STEERING_GROUP, ""),
                        tuple(BodyKind.RESOURCE_GROUP, ""),
                        tuple(BodyKind.PARTICIPANT_TEAM, "Bardu"));
        assertThat(team.person().name()).isEqualTo("Testperson MUNICIPALITY_CONTACT");

        UserCheck check = on -> networks.isResourceGroupMember(
                world.id(), created.id(), world.participant().accountId(), on);
        assertThat(check.on(START)).isTrue();
        assertThat(check.on(START.minusDays(1))).isFalse();
        networks.endMembership(world.id(), created.id(), resource.id(), LocalDate.of(2024, 6, 30));
        assertThat(check.on(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(check.on(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(networks.isResourceGroupMember(
                        world.id(), created.id(), world.contact().accountId(), START))
                .isFalse();

        // after the end, a new period may begin; an overlapping one may not
        networks.addMembership(
                world.id(),
                created.id(),
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP,
                        null,
                        world.participant().accountId(),
                        BodyRole.MEMBER,
                        LocalDate.of(2024, 7, 1),
                        null));
        assertThatThrownBy(() -> networks.addMembership(
                        world.id(),
                        created.id(),
                        new BodyMembershipCommand(
                                BodyKind.RESOURCE_GROUP,
                                null,
                                world.participant().accountId(),
                                BodyRole.MEMBER,
                                LocalDate.of(2025, 1, 1),
                                null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(networks.memberships(world.id(), created.id())).hasSize(3);
        assertThat(jdbc.sql("select action || ' ' || entity_type from platform.audit_log"
                                + " where collaboration_id = ? and entity_type like 'network%' order by id")
                        .param(world.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "CREATE network",
                        "UPDATE network",
                        "CREATE networkMembership",
                        "CREATE networkMembership",
                        "UPDATE networkMembership",
                        "CREATE networkMembership");
    }

    @FunctionalInterface
    private interface UserCheck {
        boolean on(LocalDate date);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        var world = worlds.create();
        var other = worlds.create();
        NetworkSummary n = networks.createNetwork(
                world.id(), new NetworkCommand("Palliasjon", "", "", NetworkStatus.ACTIVE, List.of()));
        assertThat(problems(() -> new NetworkCommand(" ", "", "", NetworkStatus.ACTIVE, List.of())))
                .containsExactly("name:form.required");
        assertThat(problems(() -> networks.createNetwork(
                        world.id(), new NetworkCommand("palliasjon", "", "", NetworkStatus.ACTIVE, List.of()))))
                .containsExactly("name:network.name.taken");
        assertThat(problems(() -> networks.createNetwork(
                        world.id(),
                        new NetworkCommand(
                                "Ny",
                                "",
                                "",
                                NetworkStatus.ACTIVE,
                                List.of(world.participant().accountId())))))
                .containsExactly("coordinatorIds:network.coordinators.unknown");
        assertThat(problems(() -> new BodyMembershipCommand(
                        BodyKind.STEERING_GROUP,
                        null,
                        world.contact().accountId(),
                        BodyRole.USER_REPRESENTATIVE,
                        START,
                        START.minusDays(1))))
                .containsExactly(
                        "role:network.membership.userRepresentative.onlyResourceGroup",
                        "validTo:network.membership.period.endBeforeStart");
        assertThat(problems(() -> new BodyMembershipCommand(
                        BodyKind.PARTICIPANT_TEAM, null, world.contact().accountId(), BodyRole.MEMBER, START, null)))
                .containsExactly("organisationId:network.membership.organisation.required");
        assertThat(problems(() -> networks.addMembership(
                        world.id(),
                        n.id(),
                        new BodyMembershipCommand(
                                BodyKind.RESOURCE_GROUP,
                                null,
                                other.coordinator().accountId(),
                                BodyRole.MEMBER,
                                START,
                                null))))
                .containsExactly("accountId:network.membership.person.unknown");
        assertThat(problems(() -> networks.addMembership(
                        world.id(),
                        n.id(),
                        new BodyMembershipCommand(
                                BodyKind.PARTICIPANT_TEAM,
                                other.municipality().id(),
                                world.contact().accountId(),
                                BodyRole.MEMBER,
                                START,
                                null))))
                .containsExactly("organisationId:network.membership.organisation.unknown");
        assertThat(networks.networks(world.id())).hasSize(1);
        assertThat(networks.bodies(world.id(), n.id())).hasSize(2).allMatch(b -> b.memberships()
                .isEmpty());

        assertThatThrownBy(() -> networks.network(other.id(), n.id())).isInstanceOf(NetworkNotFound.class);
        assertThatThrownBy(() -> networks.bodies(other.id(), n.id())).isInstanceOf(NetworkNotFound.class);
        assertThatThrownBy(() -> networks.updateNetwork(
                        other.id(), n.id(), new NetworkCommand("Kapret", "", "", NetworkStatus.CLOSED, List.of())))
                .isInstanceOf(NetworkNotFound.class);
        assertThat(networks.network(world.id(), n.id()).name()).isEqualTo("Palliasjon");
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.errors().stream()
                    .map(p -> p.field() + ":" + p.messageKey())
                    .toList();
        }
        throw new AssertionError("no InvalidInput");
    }
}
