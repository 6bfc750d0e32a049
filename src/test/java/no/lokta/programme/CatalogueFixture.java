package no.lokta.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.network.BodyKind;
import no.lokta.network.BodyMembershipCommand;
import no.lokta.network.BodyRole;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Activities, networks and resource-group members for the catalogue's tests. */
@Component
public class CatalogueFixture {

    private final ProgrammeManagement programme;
    private final NetworkManagement networks;
    private final PeopleManagement people;

    CatalogueFixture(ProgrammeManagement programme, NetworkManagement networks, PeopleManagement people) {
        this.programme = programme;
        this.networks = networks;
        this.people = people;
    }

    public NetworkSummary network(TestWorld.World world, String name) {
        return networks.createNetwork(world.id(), new NetworkCommand(name, "", "", NetworkStatus.ACTIVE, List.of()));
    }

    /** A published activity with one session on the day, in a place. */
    public ActivitySummary activity(
            TestWorld.World world,
            String title,
            @Nullable UUID networkId,
            ActivityKind kind,
            Audience audience,
            LocalDateTime start,
            int capacity,
            Map<UUID, Integer> quotas) {
        return programme.createActivity(
                world.id(),
                new ActivityCommand(
                        networkId,
                        kind,
                        title,
                        "",
                        audience,
                        List.of(new SessionCommand(start, start.plusHours(3), "Finnsnes", "")),
                        capacity,
                        quotas,
                        quotas.isEmpty() ? null : LocalDate.of(2040, 1, 1),
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
    }

    public ActivitySummary activity(TestWorld.World world, String title, @Nullable UUID networkId) {
        return activity(
                world,
                title,
                networkId,
                ActivityKind.COURSE,
                Audience.EMPLOYEES,
                LocalDateTime.of(2031, 3, 4, 9, 0),
                10,
                Map.of());
    }

    /** A person with the resource-group role, seated in the network's resource group since 2020. */
    public LoktaUser resourceMember(TestWorld.World world, UUID networkId) {
        String email = "ressurs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = people.createAccount(email, "Ressursperson", TestWorld.PASSWORD);
        people.grant(id, world.id(), Role.RESOURCE_GROUP_MEMBER, null);
        networks.addMembership(
                world.id(),
                networkId,
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP, null, id, BodyRole.MEMBER, LocalDate.of(2020, 1, 1), null));
        return new LoktaUser(
                id,
                email,
                "Ressursperson",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(), world.collaboration().name(), Set.of(Role.RESOURCE_GROUP_MEMBER), null)));
    }
}
