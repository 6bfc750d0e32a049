package no.lokta.programme.api;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.network.NetworkSummary;
import no.lokta.platform.security.LoktaUser;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.CatalogueFixture;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class ProgrammeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    CatalogueFixture fixture;

    @Autowired
    ProgrammeManagement programme;

    private static String activity(String title, String extra) {
        return """
                {"kind":"COURSE","title":"%s","description":"**Kurs**","audience":"EMPLOYEES","capacity":1,
                 "certificateHours":3.5,"status":"PUBLISHED",
                 "sessions":[{"startsAt":"2031-05-02T09:00:00","endsAt":"2031-05-02T15:00:00","place":"Bardu"}]%s}""".formatted(title, extra);
    }

    private static String base(TestWorld.World world) {
        return "/api/v1/collaborations/" + world.id() + "/activities";
    }

    @Test
    void activitiesSessionsSitesAndRegistrationsAsJson() {
        var world = worlds.create();
        String base = base(world);
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("API-kurs", ""))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.seatsLeft")
                .isEqualTo(1);
        ActivitySummary created = programme.activities(world.id()).getFirst();
        String one = base + "/" + created.id();
        assertThat(mvc.get().uri(base + "?kind=COURSE").with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].title")
                .isEqualTo("API-kurs");
        assertThat(mvc.put()
                        .uri(one)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("API-kurs 2", ""))
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("API-kurs 2");
        UUID session = created.sessions().getFirst().id();
        assertThat(mvc.post()
                        .uri(one + "/sessions/" + session + "/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\":\"Finnsnes\",\"facilitatorName\":\"Lise\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.post()
                        .uri(one + "/sessions/" + session + "/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\":\"\",\"facilitatorName\":\"\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.facilitatorName")
                .isEqualTo("Skriv navnet på den lokale tilretteleggeren.");
        UUID site =
                programme.activity(world.id(), created.id()).sites().getFirst().id();
        assertThat(mvc.get().uri(one + "/sessions").with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].sites[0].place")
                .isEqualTo("Finnsnes");

        assertThat(mvc.post()
                        .uri(one + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kari\",\"email\":\"kari@example.org\",\"siteId\":\"" + site + "\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");
        // the kommunekontakt registers own staff: the organisation is theirs
        assertThat(mvc.post()
                        .uri(one + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ola\",\"email\":\"ola@example.org\"}")
                        .with(as(world.contact())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("WAITLISTED");
        assertThat(mvc.get().uri(one + "/registrations").with(as(world.contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
        RegistrationSummary kari =
                programme.registrations(world.id(), created.id()).getFirst();
        // the contact may not cancel someone of no organisation of theirs
        assertThat(mvc.post()
                        .uri(one + "/registrations/" + kari.id() + "/cancel")
                        .with(as(world.contact())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri(one + "/registrations/" + kari.id() + "/cancel")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CANCELLED");
        assertThat(programme.registrations(world.id(), created.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED);
        assertThat(mvc.delete()
                        .uri(one + "/sessions/" + session + "/sites/" + site)
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(programme.activity(world.id(), created.id()).sites()).isEmpty();
    }

    @Test
    void approveAndDeclineAsJson() {
        var world = worlds.create();
        String base = base(world);
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Godkjennes", ",\"leaderApproval\":true,\"capacity\":5"))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED);
        ActivitySummary a = programme.activities(world.id()).getFirst();
        String one = base + "/" + a.id();
        for (String name : new String[] {"a", "b"}) {
            assertThat(mvc.post()
                            .uri(one + "/registrations")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"" + name + "\",\"email\":\"" + name + "@example.org\"}")
                            .with(as(world.contact())))
                    .bodyJson()
                    .extractingPath("$.status")
                    .isEqualTo("AWAITING_APPROVAL");
        }
        var regs = programme.registrations(world.id(), a.id());
        assertThat(mvc.post()
                        .uri(one + "/registrations/" + regs.get(0).id() + "/approve")
                        .with(as(world.contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");
        assertThat(mvc.post()
                        .uri(one + "/registrations/" + regs.get(1).id() + "/decline")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("DECLINED");
        // a participant may do neither
        assertThat(mvc.post()
                        .uri(one + "/registrations/" + regs.get(0).id() + "/decline")
                        .with(as(world.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void malformedAndInvalidBodiesAreRefusedAndChangeNothing() {
        var world = worlds.create();
        String base = base(world);
        for (String body : new String[] {
            "{",
            "not json",
            "{\"kind\":\"NO_SUCH_KIND\",\"title\":\"x\"}",
            "{\"kind\":\"COURSE\",\"title\":\"x\",\"capacity\":\"many\"}",
            "{\"kind\":\"COURSE\",\"title\":\"x\",\"sessions\":[{\"startsAt\":\"yesterday\"}]}",
            "[]"
        }) {
            assertThat(mvc.post()
                            .uri(base)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(as(world.coordinator())))
                    .as(body)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.status")
                    .isEqualTo(400);
        }
        // end before start and negative capacity: field messages
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"COURSE","title":"Feil","audience":"EMPLOYEES","capacity":-1,
                                 "sessions":[{"startsAt":"2031-05-02T09:00:00","endsAt":"2031-05-02T08:00:00","place":"Bardu"}]}""")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors['sessions[0].endsAt']")
                .isEqualTo("Slutten må være etter starten.");
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Negativ", ",\"capacity\":-3"))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.capacity")
                .isEqualTo("Antall plasser kan ikke være negativt.");
        // another collaboration's organisation as a quota, or network: refused
        var other = worlds.create();
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity(
                                "Fremmed",
                                ",\"quotas\":[{\"organisationId\":\""
                                        + other.municipality().id() + "\",\"seats\":1}]"))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.quotas")
                .isEqualTo("Organisasjonen finnes ikke i samarbeidet.");
        NetworkSummary theirs = fixture.network(other, "Deres");
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Fremmed nettverk", ",\"networkId\":\"" + theirs.id() + "\""))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.networkId")
                .isEqualTo("Nettverket finnes ikke i samarbeidet.");
        assertThat(programme.activities(world.id())).isEmpty();

        // a registration after closing is refused
        ActivitySummary closed = fixture.activity(world, "Stengt", null);
        programme.updateActivity(world.id(), closed.id(), closedCommand(closed));
        assertThat(mvc.post()
                        .uri(base + "/" + closed.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sen\",\"email\":\"sen@example.org\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.activity")
                .isEqualTo("Påmeldingen er ikke åpen.");
        assertThat(mvc.post()
                        .uri(base + "/" + closed.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"email\":\"x\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(programme.registrations(world.id(), closed.id())).isEmpty();
    }

    private static no.lokta.programme.ActivityCommand closedCommand(ActivitySummary a) {
        return new no.lokta.programme.ActivityCommand(
                a.networkId(),
                a.kind(),
                a.title(),
                "",
                a.audience(),
                java.util.List.of(new no.lokta.programme.SessionCommand(
                        a.sessions().getFirst().startsAt(),
                        a.sessions().getFirst().endsAt(),
                        "Bardu",
                        "")),
                a.capacity(),
                java.util.Map.of(),
                null,
                java.time.LocalDateTime.of(2020, 1, 1, 0, 0),
                java.time.LocalDateTime.of(2020, 2, 1, 0, 0),
                false,
                a.certificateHours(),
                "",
                ActivityStatus.PUBLISHED);
    }

    @Test
    void unknownIdsAnotherCollaborationAndWrongRoles() {
        var world = worlds.create();
        var other = worlds.create();
        ActivitySummary theirs = fixture.activity(other, "Deres", null);
        ActivitySummary mine = fixture.activity(world, "Mitt", null);
        String base = base(world);
        // their activity through my collaboration, or their collaboration as me: 404
        assertThat(mvc.get().uri(base + "/" + theirs.id()).with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(404);
        assertThat(mvc.get().uri(base(other) + "/" + theirs.id()).with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.put()
                        .uri(base + "/" + theirs.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Kapret", ""))
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri(base + "/" + theirs.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"email\":\"x@example.org\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(base + "/" + UUID.randomUUID()).with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(base + "/not-a-uuid").with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri(base + "/" + mine.id() + "/registrations/" + UUID.randomUUID() + "/cancel")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri(base + "/" + mine.id() + "/sessions/" + UUID.randomUUID() + "/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\":\"Finnsnes\",\"facilitatorName\":\"Lise\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        // a participant reads but does not write
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Snik", ""))
                        .with(as(world.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base + "/" + mine.id() + "/registrations").with(as(world.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(base + "/" + mine.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"email\":\"x@example.org\"}")
                        .with(as(world.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        // a kommunekontakt may not register another organisation's staff
        assertThat(mvc.post()
                        .uri(base + "/" + mine.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"email\":\"x@example.org\",\"organisationId\":\"" + UUID.randomUUID()
                                + "\"}")
                        .with(as(world.contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(programme.registrations(world.id(), mine.id())).isEmpty();
        assertThat(programme.activity(other.id(), theirs.id()).title()).isEqualTo("Deres");
    }

    @Test
    void aResourceGroupMemberWritesOwnNetworkOnly() {
        var world = worlds.create();
        NetworkSummary geriatri = fixture.network(world, "Geriatri");
        NetworkSummary pu = fixture.network(world, "PU");
        LoktaUser member = fixture.resourceMember(world, geriatri.id());
        String base = base(world);
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Eget", ",\"networkId\":\"" + geriatri.id() + "\""))
                        .with(as(member)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.post()
                        .uri(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Fremmed", ",\"networkId\":\"" + pu.id() + "\""))
                        .with(as(member)))
                .hasStatus(HttpStatus.FORBIDDEN);
        ActivitySummary theirs = fixture.activity(world, "PU-kurs", pu.id());
        assertThat(mvc.put()
                        .uri(base + "/" + theirs.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Kapret", ",\"networkId\":\"" + geriatri.id() + "\""))
                        .with(as(member)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(programme.activities(world.id()))
                .extracting(ActivitySummary::title)
                .containsExactlyInAnyOrder("Eget", "PU-kurs");
    }
}
