package no.lokta.knowledge.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A fresh collaboration with the starting categories, a hospital trust beside Bardu, and a network. */
@Component
class ExampleWorld {

    record World(
            TestWorld.World base, List<CategorySummary> categories, OrganisationSummary trust, NetworkSummary network) {

        UUID id() {
            return base.id();
        }

        UUID category(int i) {
            return categories.get(i).id();
        }

        UUID bardu() {
            return base.municipality().id();
        }
    }

    private final TestWorld worlds;
    private final ExampleManagement examples;
    private final MemberManagement members;
    private final NetworkManagement networks;

    ExampleWorld(TestWorld worlds, ExampleManagement examples, MemberManagement members, NetworkManagement networks) {
        this.worlds = worlds;
        this.examples = examples;
        this.members = members;
        this.networks = networks;
    }

    World create() {
        TestWorld.World base = worlds.create();
        OrganisationSummary trust = members.createOrganisation(
                base.id(),
                new OrganisationCommand(
                        OrganisationKind.HOSPITAL_TRUST,
                        "Universitetssykehuset Nord-Norge HF",
                        null,
                        null,
                        "",
                        "",
                        ""));
        members.addMembership(
                base.id(),
                new MembershipCommand(trust.id(), MembershipKind.PARTNER, LocalDate.of(2020, 1, 1), null, ""));
        NetworkSummary network = networks.createNetwork(
                base.id(),
                new NetworkCommand("Palliasjon", "Lindrende behandling", "", NetworkStatus.ACTIVE, List.of()));
        return new World(base, examples.ensureCategories(base.id()), trust, network);
    }

    static ExampleCommand command(UUID categoryId, String title, String summary, String results) {
        return command(categoryId, title, summary, results, null, Set.of());
    }

    static ExampleCommand command(
            UUID categoryId,
            String title,
            String summary,
            String results,
            @Nullable UUID networkId,
            Set<UUID> organisations) {
        return new ExampleCommand(
                categoryId,
                title,
                summary,
                "Sykepleiere",
                networkId,
                organisations,
                "Kari Testesen",
                "kari@example.org",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31),
                results,
                Evidence.DESCRIBED);
    }

    /** Creates and publishes an example. */
    ExampleSummary published(World w, ExampleCommand c) {
        ExampleSummary e = examples.create(w.id(), c);
        return examples.publish(w.id(), e.id());
    }
}
