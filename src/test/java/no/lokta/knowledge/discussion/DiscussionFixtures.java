package no.lokta.knowledge.discussion;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.stereotype.Component;

/** A fresh world with a network and a person in its resource group. */
@Component
class DiscussionFixtures {

    private final TestWorld worlds;
    private final NetworkManagement networks;
    private final PeopleManagement people;

    DiscussionFixtures(TestWorld worlds, NetworkManagement networks, PeopleManagement people) {
        this.worlds = worlds;
        this.networks = networks;
        this.people = people;
    }

    DiscussionTests.Setting create() {
        TestWorld.World w = worlds.create();
        NetworkSummary network =
                networks.createNetwork(w.id(), new NetworkCommand("Demens", "", "", NetworkStatus.ACTIVE, List.of()));
        String email = "ressurs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = people.createAccount(email, "Ressurs Person", TestWorld.PASSWORD);
        people.grant(id, w.id(), Role.RESOURCE_GROUP_MEMBER, null);
        networks.addMembership(
                w.id(),
                network.id(),
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP, null, id, BodyRole.MEMBER, LocalDate.of(2020, 1, 1), null));
        LoktaUser resource = new LoktaUser(
                id,
                email,
                "Ressurs Person",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        w.id(), w.collaboration().name(), Set.of(Role.RESOURCE_GROUP_MEMBER), null)));
        return new DiscussionTests.Setting(w, network, resource);
    }
}
