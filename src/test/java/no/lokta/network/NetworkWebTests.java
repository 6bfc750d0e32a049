package no.lokta.network;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class NetworkWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    NetworkManagement networks;

    @Autowired
    MemberManagement members;

    private NetworkSummary network(TestWorld.World world) {
        return networks.createNetwork(
                world.id(),
                new NetworkCommand(
                        "Psykisk helse",
                        "Rus",
                        "",
                        NetworkStatus.ACTIVE,
                        List.of(world.coordinator().accountId())));
    }

    @Test
    void theDemoNetworksAreListedAndShown() {
        assertThat(mvc.get().uri("/networks").with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Fagnettverk geriatri", "Sa-Do kompetansenettverk", "Fagnettverk palliasjon", "Kari Nordmo");
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        NetworkSummary geriatrics = networks.networks(lokta.id()).stream()
                .filter(n -> n.name().equals("Fagnettverk geriatri"))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.get().uri("/networks/" + geriatrics.id()).with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Styringsgruppe",
                        "Ressursgruppe",
                        "Brukerrepresentant",
                        "Deltakerteam: ",
                        "31.12.2016",
                        "pågår");
        assertThat(mvc.get().uri("/networks/" + geriatrics.id() + "?lang=en").with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Steering group", "User representative");
    }

    @Test
    void everyPageRendersForACoordinatorAndReadingForAParticipant() {
        var world = worlds.create();
        NetworkSummary n = network(world);
        for (String page :
                List.of("/networks", "/networks/new", "/networks/" + n.id(), "/networks/" + n.id() + "/edit")) {
            assertThat(mvc.get().uri(page).with(as(world.coordinator())))
                    .as(page)
                    .hasStatusOk();
        }
        assertThat(mvc.get().uri("/networks").with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Psykisk helse")
                .doesNotContain("/networks/new");
        assertThat(mvc.get().uri("/networks/" + n.id()).with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/memberships");
    }

    @Test
    void coordinatorCreatesEditsAndSeatsPeople() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/networks")
                        .param("name", "Palliasjon")
                        .param("theme", "Lindrende omsorg")
                        .param("description", "")
                        .param("status", "ACTIVE")
                        .param("coordinatorIds", world.coordinator().accountId().toString())
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        NetworkSummary n = networks.networks(world.id()).getFirst();
        assertThat(n.coordinators())
                .extracting(NetworkPerson::accountId)
                .containsExactly(world.coordinator().accountId());

        assertThat(mvc.post()
                        .uri("/networks/" + n.id())
                        .param("name", "Palliasjon")
                        .param("theme", "Lindrende behandling")
                        .param("status", "PAUSED")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(networks.network(world.id(), n.id()))
                .extracting(NetworkSummary::theme, NetworkSummary::status)
                .containsExactly("Lindrende behandling", NetworkStatus.PAUSED);

        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships")
                        .param("body", "PARTICIPANT_TEAM")
                        .param("organisationId", world.municipality().id().toString())
                        .param("accountId", world.contact().accountId().toString())
                        .param("role", "FACILITATOR")
                        .param("validFrom", "2025-01-01")
                        .param("validTo", "")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        BodyMembershipSummary seat = networks.memberships(world.id(), n.id()).getFirst();
        assertThat(seat.validTo()).isNull();
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships/" + seat.id() + "/end")
                        .param("validTo", "2025-12-31")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(networks.memberships(world.id(), n.id()).getFirst().validTo())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(mvc.get().uri("/networks/" + n.id()).with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Deltakerteam: Bardu", "Lokal tilrettelegger", "01.01.2025", "31.12.2025");
    }

    @Test
    void badInputGetsFieldMessagesAndChangesNothing() {
        var world = worlds.create();
        NetworkSummary n = network(world);
        assertThat(mvc.post()
                        .uri("/networks")
                        .param("name", "psykisk helse")
                        .param("status", "ACTIVE")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("finnes allerede", "aria-invalid=\"true\"", "ds-error-summary");
        assertThat(mvc.post()
                        .uri("/networks/" + n.id())
                        .param("name", "")
                        .param("status", "CLOSED")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "ds-error-summary");
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships")
                        .param("body", "STEERING_GROUP")
                        .param("organisationId", "")
                        .param("accountId", world.contact().accountId().toString())
                        .param("role", "USER_REPRESENTATIVE")
                        .param("validFrom", "2025-06-01")
                        .param("validTo", "2025-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Brukerrepresentanten sitter i ressursgruppen", "Sluttdatoen kan ikke være før startdatoen");
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships")
                        .param("body", "RESOURCE_GROUP")
                        .param("accountId", "")
                        .param("role", "MEMBER")
                        .param("validFrom", "")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "aria-invalid=\"true\"");
        var seat = networks.addMembership(
                world.id(),
                n.id(),
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP,
                        null,
                        world.contact().accountId(),
                        BodyRole.MEMBER,
                        LocalDate.of(2025, 6, 1),
                        null));
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships/" + seat.id() + "/end")
                        .param("validTo", "2025-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Sluttdatoen kan ikke være før startdatoen");
        NetworkSummary after = networks.network(world.id(), n.id());
        assertThat(after.name()).isEqualTo("Psykisk helse");
        assertThat(after.status()).isEqualTo(NetworkStatus.ACTIVE);
        assertThat(networks.networks(world.id())).hasSize(1);
        assertThat(networks.memberships(world.id(), n.id()))
                .singleElement()
                .extracting(BodyMembershipSummary::validTo)
                .isNull();
    }

    @Test
    void participantsMayNotChangeAnything() {
        var world = worlds.create();
        NetworkSummary n = network(world);
        for (String page : List.of("/networks/new", "/networks/" + n.id() + "/edit")) {
            assertThat(mvc.get().uri(page).with(as(world.participant())))
                    .as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri("/networks")
                        .param("name", "Snik")
                        .param("status", "ACTIVE")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships")
                        .param("body", "RESOURCE_GROUP")
                        .param("accountId", world.participant().accountId().toString())
                        .param("role", "MEMBER")
                        .param("validFrom", "2025-01-01")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(networks.networks(world.id())).hasSize(1);
        assertThat(networks.memberships(world.id(), n.id())).isEmpty();
    }

    @Test
    void anotherCollaborationsNetworkIsNotFound() {
        var a = worlds.create();
        var b = worlds.create();
        NetworkSummary n = network(a);
        for (String page : List.of("/networks/" + n.id(), "/networks/" + n.id() + "/edit")) {
            assertThat(mvc.get().uri(page).with(as(b.coordinator())))
                    .as(page)
                    .hasStatus(HttpStatus.NOT_FOUND)
                    .bodyText()
                    .doesNotContain("Exception");
        }
        assertThat(mvc.post()
                        .uri("/networks/" + n.id())
                        .param("name", "Kapret")
                        .param("status", "CLOSED")
                        .with(as(b.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/networks/" + n.id() + "/memberships")
                        .param("body", "RESOURCE_GROUP")
                        .param("accountId", b.participant().accountId().toString())
                        .param("role", "MEMBER")
                        .param("validFrom", "2025-01-01")
                        .with(as(b.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(networks.network(a.id(), n.id()).name()).isEqualTo("Psykisk helse");
        assertThat(networks.memberships(a.id(), n.id())).isEmpty();
    }
}
