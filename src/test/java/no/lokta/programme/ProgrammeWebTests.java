package no.lokta.programme;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class ProgrammeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    private ActivitySummary activity(TestWorld.World world, String title, int capacity, ActivityStatus status) {
        return programme.createActivity(
                world.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        title,
                        "Om kurset",
                        Audience.EMPLOYEES,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 5, 2, 9, 0), LocalDateTime.of(2030, 5, 2, 15, 0), "Bardu", "")),
                        capacity,
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        BigDecimal.TEN,
                        "",
                        status));
    }

    @Test
    void thePublicProgrammeShowsPublishedActivitiesWithoutSignIn() {
        var world = worlds.create();
        activity(world, "Publisert kurs", 5, ActivityStatus.PUBLISHED);
        ActivitySummary draft = activity(world, "Hemmelig utkast", 5, ActivityStatus.DRAFT);
        assertThat(mvc.get().uri("/programme?collaboration=" + world.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Kompetanseprogrammet", "Publisert kurs")
                .doesNotContain("Hemmelig utkast");
        assertThat(mvc.get().uri("/programme?collaboration=" + world.id() + "&kind=GATHERING&month=2030-05"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Publisert kurs");
        assertThat(mvc.get().uri("/programme?collaboration=" + world.id() + "&kind=COURSE&month=2030-05"))
                .hasStatusOk()
                .bodyText()
                .contains("Publisert kurs");
        assertThat(mvc.get().uri("/programme/activities/" + draft.id())).hasStatus(404);
    }

    @Test
    void theDemoProgrammeIsPublic() {
        assertThat(mvc.get().uri("/programme?month=2027-03"))
                .hasStatusOk()
                .bodyText()
                .contains("Fellessamling i demensomsorg");
        assertThat(mvc.get().uri("/programme?lang=en")).hasStatusOk().bodyText().contains("Competence programme");
    }

    @Test
    void aSignedInPersonRegistersAndTheNextIsWaitlisted() {
        var world = worlds.create();
        ActivitySummary course = activity(world, "Ett sete", 1, ActivityStatus.PUBLISHED);
        String page = "/programme/activities/" + course.id();
        assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("Ett sete", "Logg inn for å melde deg på");

        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page + "#register")
                .flash()
                .containsEntry("outcome", "CONFIRMED");
        // a double submit changes nothing
        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.participant()))
                        .with(csrf()))
                .flash()
                .containsEntry("outcome", "CONFIRMED");
        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.contact()))
                        .with(csrf()))
                .flash()
                .containsEntry("outcome", "WAITLISTED");
        assertThat(mvc.get().uri(page).with(as(world.contact())))
                .bodyText()
                .contains("Du står som nummer 1 på ventelisten.");
        assertThat(programme.registrations(world.id(), course.id())).hasSize(2);

        // the coordinator cancels the first: the waiting one gets the seat at once
        UUID first = programme.registrations(world.id(), course.id()).getFirst().id();
        assertThat(mvc.get()
                        .uri("/programme/manage/" + course.id() + "/registrations")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(world.participant().email(), "Venteliste");
        assertThat(mvc.post()
                        .uri("/programme/manage/" + course.id() + "/registrations/" + first + "/cancel")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED);
    }

    @Test
    void registrationOutsideTheWindowIsRefused() {
        var world = worlds.create();
        ActivitySummary closed = programme.createActivity(
                world.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        "Stengt",
                        "",
                        Audience.OPEN,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 5, 2, 9, 0), LocalDateTime.of(2030, 5, 2, 15, 0), "Bardu", "")),
                        10,
                        Map.of(),
                        null,
                        LocalDateTime.of(2020, 1, 1, 0, 0),
                        LocalDateTime.of(2020, 2, 1, 0, 0),
                        false,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
        String page = "/programme/activities/" + closed.id();
        assertThat(mvc.post()
                        .uri(page + "/registrations")
                        .with(as(world.participant()))
                        .with(csrf()))
                .flash()
                .containsEntry("refused", "registration.closed");
        assertThat(programme.registrations(world.id(), closed.id())).isEmpty();
        assertThat(mvc.get().uri(page)).bodyText().contains("Påmeldingen er ikke åpen.");
    }

    @Test
    void aCoordinatorCreatesAndEditsAnActivity() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/programme/manage/new").with(as(world.coordinator())))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "GATHERING")
                        .param("title", "Vårsamling")
                        .param("description", "Tre dager")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "30")
                        .param("certificateHours", "7.5")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2030-04-01T09:00")
                        .param("session0EndsAt", "2030-04-01T15:00")
                        .param("session0Place", "Finnsnes")
                        .param("quota0Organisation", world.municipality().id().toString())
                        .param("quota0Seats", "4")
                        .param("quotaReleaseOn", "2030-03-01"))
                .hasStatus3xxRedirection();
        ActivitySummary created = programme.activities(world.id()).getFirst();
        assertThat(created.title()).isEqualTo("Vårsamling");
        assertThat(created.quotas()).containsEntry(world.municipality().id(), 4);
        assertThat(created.certificateHours()).isEqualByComparingTo("7.5");
        assertThat(mvc.get().uri("/programme/manage").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Vårsamling");
        assertThat(mvc.get().uri("/programme/manage/" + created.id() + "/edit").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("2030-04-01T09:00", "Finnsnes");
    }

    @Test
    void badInputGetsFieldMessagesAndChangesNothing() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Feil")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "-2")
                        .param("certificateHours", "1")
                        .param("status", "DRAFT")
                        .param("session0StartsAt", "2030-04-01T09:00")
                        .param("session0EndsAt", "2030-04-01T08:00")
                        .param("session0Place", "Finnsnes"))
                .hasStatusOk()
                .bodyText()
                .contains("Slutten må være etter starten.", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Feil")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "-2")
                        .param("certificateHours", "1")
                        .param("status", "DRAFT")
                        .param("registrationOpens", "2030-02-01T09:00")
                        .param("registrationCloses", "2030-01-01T09:00")
                        .param("session0StartsAt", "2030-04-01T09:00")
                        .param("session0EndsAt", "2030-04-01T10:00")
                        .param("session0Place", "Finnsnes"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Antall plasser kan ikke være negativt.",
                        "Påmeldingsfristen må være etter at påmeldingen åpner.");
        assertThat(programme.activities(world.id())).isEmpty();
    }

    @Test
    void participantsMayNotManage() {
        var world = worlds.create();
        ActivitySummary course = activity(world, "Kurs", 5, ActivityStatus.PUBLISHED);
        for (String page : List.of(
                "/programme/manage",
                "/programme/manage/new",
                "/programme/manage/" + course.id() + "/edit",
                "/programme/manage/" + course.id() + "/registrations")) {
            assertThat(mvc.get().uri(page).with(as(world.participant())))
                    .as(page)
                    .hasStatus(403);
        }
        assertThat(mvc.post()
                        .uri("/programme/manage")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void anotherCollaborationsActivityIsNotFound() {
        var mine = worlds.create();
        var theirs = worlds.create();
        ActivitySummary course = activity(theirs, "Deres kurs", 5, ActivityStatus.DRAFT);
        for (String page : List.of(
                "/programme/manage/" + course.id() + "/edit", "/programme/manage/" + course.id() + "/registrations")) {
            assertThat(mvc.get().uri(page).with(as(mine.coordinator())))
                    .as(page)
                    .hasStatus(404);
        }
        assertThat(mvc.post()
                        .uri("/programme/manage/" + course.id())
                        .with(as(mine.coordinator()))
                        .with(csrf())
                        .param("title", "Kapret"))
                .hasStatus(404);
        assertThat(programme.activity(theirs.id(), course.id()).title()).isEqualTo("Deres kurs");
        assertThat(mvc.get()
                        .uri("/programme/manage/" + UUID.randomUUID() + "/edit")
                        .with(as(mine.coordinator())))
                .hasStatus(404);
    }

    @Test
    void aLeaderApprovesOrDeclines() {
        var world = worlds.create();
        ActivitySummary course = programme.createActivity(
                world.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        "Med godkjenning",
                        "",
                        Audience.EMPLOYEES,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 5, 2, 9, 0), LocalDateTime.of(2030, 5, 2, 15, 0), "Bardu", "")),
                        1,
                        Map.of(world.municipality().id(), 1),
                        LocalDate.of(2030, 4, 1),
                        null,
                        null,
                        true,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
        UUID bardu = world.municipality().id();
        RegistrationSummary kari =
                programme.register(new RegistrationCommand(course.id(), null, "Kari", "kari@example.org", bardu));
        RegistrationSummary ola =
                programme.register(new RegistrationCommand(course.id(), null, "Ola", "ola@example.org", bardu));
        assertThat(kari.status()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
        assertThat(ola.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        // a contact of another organisation sees nothing
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> programme.decide(world.id(), UUID.randomUUID(), kari.id(), true))
                .isInstanceOf(RegistrationNotFound.class);
        programme.decide(world.id(), bardu, kari.id(), false);
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.DECLINED, RegistrationStatus.AWAITING_APPROVAL);
        assertThat(mvc.get()
                        .uri("/programme/manage/" + course.id() + "/registrations")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Godkjenn Ola", "Avslå Ola");
        assertThat(mvc.post()
                        .uri("/programme/manage/" + course.id() + "/registrations/" + ola.id() + "/approve")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("decided", "approved");
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.DECLINED, RegistrationStatus.CONFIRMED);
    }

    @Test
    void moreSeatsGoToTheWaitlistAndFewerThanTakenAreRefused() {
        var world = worlds.create();
        ActivitySummary course = activity(world, "Utvides", 1, ActivityStatus.PUBLISHED);
        programme.register(new RegistrationCommand(course.id(), null, "A", "a@example.org", null));
        programme.register(new RegistrationCommand(course.id(), null, "B", "b@example.org", null));
        programme.register(new RegistrationCommand(course.id(), null, "C", "c@example.org", null));
        assertThat(mvc.post()
                        .uri("/programme/manage/" + course.id())
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Utvides")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "2")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2030-05-02T09:00")
                        .param("session0EndsAt", "2030-05-02T15:00")
                        .param("session0Place", "Bardu"))
                .hasStatus3xxRedirection();
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(
                        RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(mvc.post()
                        .uri("/programme/manage/" + course.id())
                        .with(as(world.coordinator()))
                        .with(csrf())
                        .param("kind", "COURSE")
                        .param("title", "Utvides")
                        .param("audience", "EMPLOYEES")
                        .param("capacity", "1")
                        .param("certificateHours", "1")
                        .param("status", "PUBLISHED")
                        .param("session0StartsAt", "2030-05-02T09:00")
                        .param("session0EndsAt", "2030-05-02T15:00")
                        .param("session0Place", "Bardu"))
                .hasStatusOk()
                .bodyText()
                .contains("2 plasser er alt tatt.");
        assertThat(programme.activity(world.id(), course.id()).capacity()).isEqualTo(2);
    }
}
