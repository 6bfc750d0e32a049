package no.lokta.programme.shadowing;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class PlacementApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Hosts hosts;

    @Autowired
    ShadowingManagement shadowing;

    private static String body(UUID host, String from, String to, int capacity, String deadline) {
        return """
                {"hostOrganisationId":"%s","unit":"Geriatrisk avdeling","periodFrom":"%s","periodTo":"%s",
                 "capacity":%d,"applicationDeadline":"%s","status":"PUBLISHED"}""".formatted(host, from, to, capacity, deadline);
    }

    @Test
    void theCoordinatorReadsPlacementsApplicationsAndReports() {
        var s = hosts.create();
        String base = "/api/v1/collaborations/" + s.id() + "/placements";
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(s.malselv().id(), "2030-03-01", "2030-03-26", 2, "2030-02-01"))
                        .with(as(s.world().coordinator())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.hostOrganisationName")
                .isEqualTo("Målselv");
        PlacementSummary p = shadowing.placements(s.id()).getFirst();
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        assertThat(mvc.get().uri(base).with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].capacity")
                .isEqualTo(2);
        assertThat(mvc.get().uri(base + "/" + p.id()).with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.accepted")
                .isEqualTo(0);
        assertThat(mvc.get()
                        .uri(base + "/" + p.id() + "/applications")
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].status")
                .isEqualTo("SUBMITTED");
        assertThat(mvc.get()
                        .uri(base + "/" + p.id() + "/applications")
                        .with(as(s.world().coordinator())))
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo(a.id().toString());
        assertThat(mvc.put()
                        .uri(base + "/" + p.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(s.malselv().id(), "2030-03-01", "2030-03-26", 4, "2030-02-01"))
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.capacity")
                .isEqualTo(4);
    }

    @Test
    void badBodiesAre400AndChangeNothing() {
        var s = hosts.create();
        String base = "/api/v1/collaborations/" + s.id() + "/placements";
        var coordinator = s.world().coordinator();
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(s.malselv().id(), "2030-03-26", "2030-03-01", 2, "2030-02-01"))
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("periodTo");
        for (int capacity : new int[] {0, -1}) {
            assertThat(mvc.post()
                            .uri(base)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(s.malselv().id(), "2030-03-01", "2030-03-26", capacity, "2030-02-01"))
                            .with(as(coordinator)))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText()
                    .contains("capacity");
        }
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(s.malselv().id(), "2030-03-01", "2030-03-26", 2, "2030-04-01"))
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("applicationDeadline");
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(hosts.create().malselv().id(), "2030-03-01", "2030-03-26", 2, "2030-02-01"))
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("hostOrganisationId");
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unit\":\"Uten vert\"}")
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        for (String malformed :
                new String[] {"{not json", "{\"hostOrganisationId\":\"nope\"}", "{\"capacity\":\"many\"}", "[]", ""}) {
            assertThat(mvc.post()
                            .uri(base)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(malformed)
                            .with(as(coordinator)))
                    .as(malformed)
                    .hasStatus(HttpStatus.BAD_REQUEST);
        }
        assertThat(hosts.placementRows(s.id())).isZero();
        assertThat(mvc.get().uri(base + "/" + UUID.randomUUID()).with(as(coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theWrongRoleIs403AndAnotherCollaborationIs404() {
        var s = hosts.create();
        var other = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        String base = "/api/v1/collaborations/" + s.id() + "/placements";
        assertThat(mvc.get().uri(base).with(as(s.world().participant()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri(base + "/" + p.id() + "/applications")
                        .with(as(s.world().contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(s.malselv().id(), "2030-03-01", "2030-03-26", 2, "2030-02-01"))
                        .with(as(s.world().contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
        // someone from another collaboration: the path's collaboration, or its placement by id
        assertThat(mvc.get().uri(base).with(as(other.world().coordinator()))).hasStatus(HttpStatus.NOT_FOUND);
        String otherBase = "/api/v1/collaborations/" + other.id() + "/placements/" + p.id();
        assertThat(mvc.get().uri(otherBase).with(as(other.world().coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri(otherBase + "/applications")
                        .with(as(other.world().coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.put()
                        .uri(otherBase)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(other.malselv().id(), "2030-03-01", "2030-03-26", 2, "2030-02-01"))
                        .with(as(other.world().coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(shadowing.placement(s.id(), p.id()).hostOrganisationId())
                .isEqualTo(s.malselv().id());
        // no sign-in at all
        assertThat(mvc.get().uri(base)).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
