package no.lokta.programme.attendance;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.programme.ProgrammeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class AttendanceWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    JdbcClient jdbc;

    private static String checklist(Course c, int session) {
        return "/programme/manage/activities/" + c.id() + "/sessions/" + c.session(session) + "/attendance";
    }

    private Map<UUID, Boolean> recorded(Course c, int session) {
        Map<UUID, Boolean> recorded = new java.util.HashMap<>();
        jdbc.sql("select registration_id, present from programme.attendance where session_id = ?")
                .param(c.session(session))
                .query(rs -> {
                    recorded.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                });
        return recorded;
    }

    @Test
    void theCoordinatorTicksWhoCameAndTheRestAreNoShows() {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Sårbehandling", "Anne Ansatt", "Bjørn Berg");
        assertThat(mvc.get().uri(checklist(c, 0)).with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Sårbehandling", "Anne Ansatt", "Bjørn Berg", "Ikke krysset av ennå: 3");

        assertThat(mvc.post()
                        .uri(checklist(c, 0))
                        .param(
                                "present",
                                c.registration(1).id().toString(),
                                c.registration(2).id().toString())
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(checklist(c, 0));
        assertThat(recorded(c, 0))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        c.registration(0).id(),
                        false,
                        c.registration(1).id(),
                        true,
                        c.registration(2).id(),
                        true));
        assertThat(mvc.get().uri(checklist(c, 0)).with(as(world.coordinator())))
                .bodyText()
                .contains("Til stede: 2. Ikke møtt: 1. Ikke krysset av ennå: 0.");

        // a tick with htmx saves the list and sends back only the counts
        assertThat(mvc.post()
                        .uri(checklist(c, 0))
                        .header("HX-Request", "true")
                        .param("present", c.registration(0).id().toString())
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Til stede: 1. Ikke møtt: 2.")
                .doesNotContain("Bjørn Berg");

        // the no-show is visible per person on the overview
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/attendance?lang=en")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "No-shows",
                        "Anne Ansatt",
                        "Certificate for " + world.participant().displayName());
        assertThat(attendance.overview(world.id(), c.id()))
                .filteredOn(p -> p.registrationId().equals(c.registration(1).id()))
                .singleElement()
                .satisfies(p -> assertThat(p.noShows()).isEqualTo(1));
    }

    @Test
    void anUploadedListMarksThosePresentAllOrNothing() {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Demensomsorg", "Anne Ansatt", "Bjørn Berg");
        String csv = "\uFEFFE-post;Navn\n" + c.registration(1).email().toUpperCase() + ";Anne\n"
                + c.registration(2).email() + ";Bjørn\n";
        assertThat(mvc.post()
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .uri(checklist(c, 1) + "/upload")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("imported", 2);
        assertThat(recorded(c, 1))
                .containsEntry(c.registration(1).id(), true)
                .containsEntry(c.registration(0).id(), false);

        // an unknown address: the whole list is refused, line by line, and nothing changes
        String unknown = "e-post\n" + c.registration(0).email() + "\nukjent@example.org\nikke-epost\n";
        assertThat(mvc.post()
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "liste.csv", "text/csv", unknown.getBytes(StandardCharsets.UTF_8)))
                        .uri(checklist(c, 1) + "/upload")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Listen ble ikke brukt",
                        "Linje 3:",
                        "ukjent@example.org har ikke bekreftet plass",
                        "Linje 4:",
                        "ikke-epost er ikke en e-postadresse");
        assertThat(recorded(c, 1)).containsEntry(c.registration(0).id(), false);

        for (var bad : java.util.List.of(
                new MockMultipartFile("file", "liste.xlsx", "application/octet-stream", "ikke et ark".getBytes()),
                new MockMultipartFile("file", "liste.csv", "text/csv", new byte[0]),
                new MockMultipartFile(
                        "file", "liste.csv", "text/csv", "bjørn@x.no".getBytes(StandardCharsets.ISO_8859_1)),
                new MockMultipartFile("file", "liste.csv", "text/csv", "\"a@x.no\nb@x.no".getBytes()))) {
            assertThat(mvc.post()
                            .multipart()
                            .file(bad)
                            .uri(checklist(c, 1) + "/upload")
                            .with(as(world.coordinator()))
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Listen ble ikke brukt");
        }
        assertThat(recorded(c, 1))
                .containsEntry(c.registration(1).id(), true)
                .containsEntry(c.registration(0).id(), false);
    }

    @Test
    void wrongRoleIs403AndAnotherCollaborationsDataIs404() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "Eget kurs", "Anne Ansatt");
        Course theirs = Course.of(programme, other, "Andres kurs", "Olav Annen");

        assertThat(mvc.get().uri(checklist(c, 0)).with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get().uri(checklist(c, 0)).with(as(world.contact()))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(checklist(c, 0))
                        .param("present", c.registration(0).id().toString())
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/attendance")
                        .with(as(world.participant())))
                .hasStatus(403);

        // another collaboration's activity, a session of another activity, a registration of another
        assertThat(mvc.get().uri(checklist(theirs, 0)).with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + theirs.id() + "/attendance")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/sessions/" + theirs.session(0)
                                + "/attendance")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(checklist(c, 0))
                        .param("present", theirs.registration(0).id().toString())
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(checklist(theirs, 0))
                        .param("present", theirs.registration(0).id().toString())
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(recorded(c, 0)).isEmpty();
        assertThat(recorded(theirs, 0)).isEmpty();
    }

    @Test
    void theApiReadsAndWritesASessionsAttendance() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "API-kurs", "Anne Ansatt");
        Course theirs = Course.of(programme, other, "Andres API-kurs");
        String base = "/api/v1/collaborations/" + world.id() + "/activities/" + c.id() + "/sessions/" + c.session(0)
                + "/attendance";
        assertThat(mvc.get().uri(base).with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.unchecked")
                .isEqualTo(2);
        assertThat(mvc.put()
                        .uri(base)
                        .contentType("application/json")
                        .content("{\"attendance\":[{\"registrationId\":\""
                                + c.registration(1).id() + "\",\"present\":true}]}")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.present")
                .isEqualTo(1);
        assertThat(recorded(c, 0))
                .containsExactlyEntriesOf(Map.of(c.registration(1).id(), true));

        // malformed bodies: 400, nothing changed
        for (String body : java.util.List.of(
                "",
                "not json",
                "{\"attendance\":[]}",
                "{}",
                "{\"attendance\":[{\"registrationId\":\"" + c.registration(0).id() + "\"}]}",
                "{\"attendance\":[{\"present\":false}]}",
                "{\"attendance\":[{\"registrationId\":\"not-a-uuid\",\"present\":false}]}",
                "{\"attendance\":[{\"registrationId\":\"" + c.registration(0).id() + "\",\"present\":\"kanskje\"}]}",
                "{\"attendance\":[{\"registrationId\":\"" + c.registration(0).id() + "\",\"present\":true},"
                        + "{\"registrationId\":\"" + c.registration(0).id() + "\",\"present\":false}]}",
                "{\"attendance\":[null]}")) {
            assertThat(mvc.put()
                            .uri(base)
                            .contentType("application/json")
                            .content(body)
                            .with(as(world.coordinator())))
                    .as(body)
                    .hasStatus(400);
        }
        assertThat(recorded(c, 0))
                .containsExactlyEntriesOf(Map.of(c.registration(1).id(), true));

        // a registration of another collaboration: 404; wrong role: 403; another collaboration: 404 or 403
        assertThat(mvc.put()
                        .uri(base)
                        .contentType("application/json")
                        .content("{\"attendance\":[{\"registrationId\":\""
                                + theirs.registration(0).id() + "\",\"present\":true}]}")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri(base).with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/" + world.id() + "/activities/" + theirs.id() + "/sessions/"
                                + theirs.session(0) + "/attendance")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/" + world.id() + "/activities/" + c.id() + "/sessions/"
                                + theirs.session(0) + "/attendance")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(recorded(theirs, 0)).isEmpty();
    }
}
