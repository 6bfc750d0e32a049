package no.lokta.programme;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public programme's filters and month view, and the sites of a session. */
@LoktaTest
class CatalogueWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    CatalogueFixture fixture;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    MemberManagement members;

    @Test
    void filtersByNetworkKindAudienceMunicipalityAndMonth() {
        var world = worlds.create();
        NetworkSummary geriatri = fixture.network(world, "Geriatri");
        NetworkSummary pu = fixture.network(world, "PU");
        OrganisationSummary bardu = world.municipality();
        OrganisationSummary salangen = members.addMunicipalityFromRegister(world.id(), "5522");
        fixture.activity(
                world,
                "Demenskurs",
                geriatri.id(),
                ActivityKind.COURSE,
                Audience.EMPLOYEES,
                LocalDateTime.of(2031, 3, 4, 9, 0),
                10,
                Map.of(bardu.id(), 3));
        fixture.activity(
                world,
                "Pårørendekveld",
                geriatri.id(),
                ActivityKind.RELATIVES_SCHOOL,
                Audience.RELATIVES,
                LocalDateTime.of(2031, 4, 8, 18, 0),
                20,
                Map.of());
        fixture.activity(
                world,
                "PU-samling",
                pu.id(),
                ActivityKind.GATHERING,
                Audience.EMPLOYEES,
                LocalDateTime.of(2031, 3, 20, 9, 0),
                30,
                Map.of(salangen.id(), 5));
        String base = "/programme?collaboration=" + world.id();

        assertThat(mvc.get().uri(base))
                .hasStatusOk()
                .bodyText()
                .contains("Demenskurs", "Pårørendekveld", "PU-samling", "3 aktiviteter", "Geriatri", "Salangen");
        assertThat(mvc.get().uri(base + "&network=" + geriatri.id()))
                .bodyText()
                .contains("Demenskurs", "Pårørendekveld")
                .doesNotContain("PU-samling</a>");
        assertThat(mvc.get().uri(base + "&kind=GATHERING"))
                .bodyText()
                .contains("PU-samling")
                .doesNotContain("Demenskurs</a>");
        assertThat(mvc.get().uri(base + "&audience=RELATIVES"))
                .bodyText()
                .contains("Pårørendekveld")
                .doesNotContain("Demenskurs</a>", "PU-samling</a>");
        // Bardu: its reserved seats and the activity open to all members, not the one reserved for Salangen
        assertThat(mvc.get().uri(base + "&municipality=" + bardu.id()))
                .bodyText()
                .contains("Demenskurs", "3 plasser reservert for Bardu", "Pårørendekveld")
                .doesNotContain("PU-samling</a>");
        assertThat(mvc.get().uri(base + "&month=2031-03"))
                .bodyText()
                .contains("Demenskurs", "PU-samling")
                .doesNotContain("Pårørendekveld</a>");
        // rubbish narrows nothing and breaks nothing
        assertThat(mvc.get()
                        .uri(base + "&network=nope&kind=NOPE&audience=x&municipality=" + UUID.randomUUID()
                                + "&month=13-2031&page=-4"))
                .hasStatusOk()
                .bodyText()
                .contains("3 aktiviteter");
        // another collaboration's network is not a filter here
        var other = worlds.create();
        NetworkSummary theirs = fixture.network(other, "Deres");
        assertThat(mvc.get().uri(base + "&network=" + theirs.id())).bodyText().contains("3 aktiviteter");
    }

    @Test
    void theMonthViewIsATableOfWeeksWithSeatsLeft() {
        var world = worlds.create();
        ActivitySummary course = fixture.activity(world, "Marskurs", null);
        programme.register(new RegistrationCommand(course.id(), null, "Kari", "kari@example.org", null));
        String page = "/programme?collaboration=" + world.id() + "&view=month&month=2031-03";
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("mars 2031", "Mandag", "Søndag", "09:00 Marskurs", "9 ledige", "Forrige måned")
                .contains("<th scope=\"col\">");
        assertThat(mvc.get().uri(page + "&lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("March 2031", "Monday", "9 free");
        assertThat(mvc.get().uri("/programme?collaboration=" + world.id() + "&view=month&month=2031-04"))
                .bodyText()
                .contains("Ingen aktiviteter denne måneden.")
                .doesNotContain("Marskurs</a>");
    }

    @Test
    void theListShowsSeatsLeftAndPages() {
        var world = worlds.create();
        for (int i = 0; i < 52; i++) {
            fixture.activity(
                    world,
                    "Kurs " + (100 + i),
                    null,
                    ActivityKind.COURSE,
                    Audience.OPEN,
                    LocalDateTime.of(2032, 1, 1, 8, 0).plusDays(i),
                    7,
                    Map.of());
        }
        String base = "/programme?collaboration=" + world.id();
        assertThat(mvc.get().uri(base))
                .bodyText()
                .contains("52 aktiviteter", "Kurs 100", "Kurs 124", "Side 1 av 3", "Neste side", ">7<")
                .doesNotContain("Kurs 125");
        assertThat(mvc.get().uri(base + "&page=2"))
                .bodyText()
                .contains("Kurs 150", "Kurs 151", "Forrige side", "Side 3 av 3")
                .doesNotContain("Kurs 149", "Neste side");
    }

    @Test
    void aCoordinatorAddsAndRemovesSitesAndPeopleRegisterForOne() {
        var world = worlds.create();
        ActivitySummary lecture = fixture.activity(world, "Videoforelesning", null);
        UUID session = lecture.sessions().getFirst().id();
        String sites = "/programme/manage/" + lecture.id() + "/sites";
        assertThat(mvc.get().uri(sites).with(as(world.coordinator()))).hasStatusOk();

        // a site needs a place and a facilitator: refused, nothing added
        assertThat(mvc.post()
                        .uri(sites)
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("sessionId", session.toString())
                        .param("place", " ")
                        .param("facilitatorName", "")
                        .param("facilitatorEmail", "ikke-epost"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Skriv hvor stedet er.",
                        "Skriv navnet på den lokale tilretteleggeren.",
                        "aria-invalid=\"true\"");
        // a session of another activity is refused too
        ActivitySummary other = fixture.activity(world, "Annen", null);
        assertThat(mvc.post()
                        .uri(sites)
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("sessionId", other.sessions().getFirst().id().toString())
                        .param("place", "Sørreisa")
                        .param("facilitatorName", "Lise"))
                .hasStatusOk()
                .bodyText()
                .contains("Tidspunktet hører ikke til aktiviteten.");
        assertThat(programme.activity(world.id(), lecture.id()).sites()).isEmpty();
        assertThat(programme.activity(world.id(), other.id()).sites()).isEmpty();

        for (String place : new String[] {"Finnsnes", "Bardufoss"}) {
            assertThat(mvc.post()
                            .uri(sites)
                            .with(as(world.coordinator()))
                            .with(csrf())
                            .param("sessionId", session.toString())
                            .param("place", place)
                            .param("facilitatorName", "Tilrettelegger " + place)
                            .param("facilitatorEmail", ""))
                    .hasStatus3xxRedirection();
        }
        ActivitySummary withSites = programme.activity(world.id(), lecture.id());
        assertThat(withSites.sites()).extracting(SiteSummary::place).containsExactly("Bardufoss", "Finnsnes");
        UUID bardufoss = withSites.sites().getFirst().id();

        // sites survive an edit of the activity: the session keeps its id
        assertThat(mvc.post()
                        .uri("/programme/manage/" + lecture.id())
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "VIDEO_LECTURE")
                        .param("title", "Videoforelesning")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "10")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2031-03-04T10:00")
                        .param("session0EndsAt", "2031-03-04T12:00")
                        .param("session0VideoLink", "https://video.example.org/x"))
                .hasStatus3xxRedirection();
        assertThat(programme.activity(world.id(), lecture.id()).sites()).hasSize(2);

        String page = "/programme/activities/" + lecture.id();
        assertThat(mvc.get().uri(page).with(as(world.participant())))
                .bodyText()
                .contains("Hvor vil du delta?", "Bardufoss (lokal tilrettelegger: Tilrettelegger Bardufoss)");
        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.participant()))
                        .with(csrf())
                        .param("siteId", bardufoss.toString()))
                .flash()
                .containsEntry("outcome", "CONFIRMED");
        // a site of another activity is refused and changes nothing
        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.contact()))
                        .with(csrf())
                        .param("siteId", UUID.randomUUID().toString()))
                .flash()
                .containsEntry("refused", "registration.site.unknown");
        assertThat(programme.registrations(world.id(), lecture.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.siteId()).isEqualTo(bardufoss));
        assertThat(mvc.get().uri(page).with(as(world.participant()))).bodyText().contains("Du deltar fra Bardufoss.");
        assertThat(mvc.get()
                        .uri("/programme/manage/" + lecture.id() + "/registrations")
                        .with(as(world.coordinator())))
                .bodyText()
                .contains("Påmeldte per sted", "Bardufoss", "På video, uten samlingssted");

        assertThat(mvc.post()
                        .uri(sites + "/" + bardufoss + "/delete")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(programme.activity(world.id(), lecture.id()).sites())
                .extracting(SiteSummary::place)
                .containsExactly("Finnsnes");
        assertThat(programme.registrations(world.id(), lecture.id()).getFirst().siteId())
                .isNull();
        // participants may not, and another collaboration's coordinator finds nothing
        assertThat(mvc.get().uri(sites).with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get().uri(sites).with(as(worlds.create().coordinator()))).hasStatus(404);
    }

    @Test
    void descriptionsAreMarkdownWithoutScripts() {
        var world = worlds.create();
        ActivitySummary course = fixture.activity(world, "Med beskrivelse", null);
        programme.updateActivity(
                world.id(),
                course.id(),
                new ActivityCommand(
                        null,
                        course.kind(),
                        course.title(),
                        "## Program\n\n**Viktig:** ta med PC.\n\n<script>alert(1)</script>\n\n"
                                + "[lenke](https://example.org) [ond](javascript:alert(2))",
                        course.audience(),
                        java.util.List.of(new SessionCommand(
                                course.sessions().getFirst().startsAt(),
                                course.sessions().getFirst().endsAt(),
                                "Finnsnes",
                                "")),
                        course.capacity(),
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        course.certificateHours(),
                        "",
                        ActivityStatus.PUBLISHED));
        assertThat(mvc.get().uri("/programme/activities/" + course.id()))
                .hasStatusOk()
                .bodyText()
                .contains("<h3>Program</h3>", "<strong>Viktig:</strong>")
                .containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"")
                .doesNotContain("<script>alert", "javascript:");
    }

    @Test
    void badInputOnTheFormsIsRefusedAndChangesNothing() {
        var world = worlds.create();
        var other = worlds.create();
        NetworkSummary theirs = fixture.network(other, "Deres");
        // another collaboration's organisation as a quota, another collaboration's network
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Fremmed")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "10")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2031-04-01T09:00")
                        .param("session0EndsAt", "2031-04-01T10:00")
                        .param("session0Place", "Finnsnes")
                        .param("quota0Organisation", other.municipality().id().toString())
                        .param("quota0Seats", "2"))
                .hasStatusOk()
                .bodyText()
                .contains("Organisasjonen finnes ikke i samarbeidet.");
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("networkId", theirs.id().toString())
                        .param("kind", "COURSE")
                        .param("title", "Fremmed nettverk")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "10")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2031-04-01T09:00")
                        .param("session0EndsAt", "2031-04-01T10:00")
                        .param("session0Place", "Finnsnes"))
                .hasStatusOk()
                .bodyText()
                .contains("Nettverket finnes ikke i samarbeidet.", "aria-invalid=\"true\"");
        // a session without an end, a video link that is not https, a quota without seats
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Halv")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "10")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2031-04-01T09:00")
                        .param("session1StartsAt", "2031-04-02T09:00")
                        .param("session1EndsAt", "2031-04-02T10:00")
                        .param("session1VideoLink", "http://video.example.org")
                        .param("quota0Organisation", world.municipality().id().toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Videolenken må begynne med https://.");
        assertThat(programme.activities(world.id())).isEmpty();
        // an unknown activity, and another collaboration's activity, are not found
        ActivitySummary their = fixture.activity(other, "Deres kurs", null);
        for (UUID id : new UUID[] {UUID.randomUUID(), their.id()}) {
            assertThat(mvc.post()
                            .uri("/programme/manage/" + id + "/sites")
                            .with(as(world.coordinator()))
                            .with(csrf())
                            .param("sessionId", their.sessions().getFirst().id().toString())
                            .param("place", "Sørreisa")
                            .param("facilitatorName", "Lise"))
                    .hasStatus(404);
        }
        assertThat(mvc.post()
                        .uri("/programme/activities/" + UUID.randomUUID() + "/registrations")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(programme.activity(other.id(), their.id()).sites()).isEmpty();
        assertThat(programme.registrations(other.id(), their.id())).isEmpty();
    }
}
