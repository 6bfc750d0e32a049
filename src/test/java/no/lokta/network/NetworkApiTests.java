package no.lokta.network;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class NetworkApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    NetworkManagement networks;

    @Test
    void createReadUpdateAndSeatAsJson() {
        var world = worlds.create();
        String base = "/api/v1/collaborations/" + world.id() + "/networks";
        var created = mvc.post()
                .uri(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Geriatri\",\"theme\":\"Demens\",\"coordinatorIds\":[\""
                        + world.coordinator().accountId() + "\"]}")
                .with(as(world.coordinator()));
        assertThat(created)
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ACTIVE");
        NetworkSummary n = networks.networks(world.id()).getFirst();

        assertThat(mvc.put()
                        .uri(base + "/" + n.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Geriatri\",\"theme\":\"Rehabilitering\",\"status\":\"PAUSED\"}")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.theme")
                .isEqualTo("Rehabilitering");

        assertThat(mvc.post()
                        .uri(base + "/" + n.id() + "/memberships")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"RESOURCE_GROUP\",\"accountId\":\""
                                + world.participant().accountId()
                                + "\",\"role\":\"USER_REPRESENTATIVE\",\"validFrom\":\"2025-01-01\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.person.name")
                .isEqualTo("Testperson PARTICIPANT");

        assertThat(mvc.get().uri(base).with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].name")
                .isEqualTo("Geriatri");
        assertThat(mvc.get().uri(base + "/" + n.id()).with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.bodies[1].memberships[0].role")
                .isEqualTo("USER_REPRESENTATIVE");
        assertThat(mvc.get().uri(base + "/" + n.id() + "/memberships").with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].validFrom")
                .isEqualTo("2025-01-01");
    }

    @Test
    void badInputIsRefusedWithFieldMessages() {
        var world = worlds.create();
        String base = "/api/v1/collaborations/" + world.id() + "/networks";
        NetworkSummary n =
                networks.createNetwork(world.id(), new NetworkCommand("PU", "", "", NetworkStatus.ACTIVE, List.of()));
        assertThat(mvc.post()
                        .uri(base + "/" + n.id() + "/memberships")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"PARTICIPANT_TEAM\",\"accountId\":\""
                                + world.participant().accountId()
                                + "\",\"role\":\"MEMBER\",\"validFrom\":\"2025-01-01\",\"validTo\":\"2024-01-01\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.validTo")
                .isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(networks.networks(world.id())).hasSize(1);
        assertThat(networks.memberships(world.id(), n.id())).isEmpty();
    }

    @Test
    void anotherCollaborationIsNotFoundAndParticipantsAreForbidden() {
        var a = worlds.create();
        var b = worlds.create();
        NetworkSummary n =
                networks.createNetwork(a.id(), new NetworkCommand("PU", "", "", NetworkStatus.ACTIVE, List.of()));
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/" + a.id() + "/networks/" + n.id())
                        .with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/" + b.id() + "/networks/" + n.id())
                        .with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/" + b.id() + "/networks/" + n.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kapret\"}")
                        .with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/" + a.id() + "/networks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Snik\"}")
                        .with(as(a.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(networks.networks(a.id())).extracting(NetworkSummary::name).containsExactly("PU");
    }
}
