package no.lokta.programme.registration;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "Min kommune": own people, one-click approvals, reserved seats and registering own staff. */
@LoktaTest
class MyMunicipalityTests {

    private static final String HOME = "/programme/my-municipality";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    MemberManagement members;

    @Autowired
    PeopleManagement people;

    /** A contact for another municipality of the same collaboration. */
    private LoktaUser contactOf(TestWorld.World world, OrganisationSummary organisation) {
        String email = "kontakt-" + UUID.randomUUID() + "@example.org";
        UUID id = people.createAccount(email, "Annen kontakt", TestWorld.PASSWORD);
        people.grant(id, world.id(), Role.MUNICIPALITY_CONTACT, organisation.id());
        return new LoktaUser(
                id,
                email,
                "Annen kontakt",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(),
                        world.collaboration().name(),
                        Set.of(Role.MUNICIPALITY_CONTACT),
                        organisation.id())));
    }

    private RegistrationSummary register(ActivitySummary activity, String name, @Nullable UUID organisationId) {
        return programme.register(new RegistrationCommand(
                activity.id(), null, name, name.toLowerCase().replace(' ', '.') + "@example.org", organisationId));
    }

    @Test
    void theContactSeesOwnPeopleApprovalsAndReservedSeats() {
        var world = worlds.create();
        UUID bardu = world.municipality().id();
        OrganisationSummary tromso = members.addMunicipalityFromRegister(world.id(), "5501");
        ActivitySummary school = TestActivities.open(
                programme, world.id(), "Fagdag demens", 3, Map.of(bardu, 2), LocalDate.of(2030, 4, 1), true);
        RegistrationSummary kari = register(school, "Kari Bardu", bardu);
        RegistrationSummary ola = register(school, "Ola Bardu", bardu);
        register(school, "Tor Tromsø", tromso.id());
        RegistrationSummary siri = register(school, "Siri Bardu", bardu);
        ActivitySummary open = TestActivities.open(programme, world.id(), "Åpen kveld", 1);
        register(open, "Per Privat", null);
        RegistrationSummary lise = register(open, "Lise Bardu", bardu);

        assertThat(mvc.get().uri(HOME).with(as(world.contact())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Min kommune: Bardu",
                        "Kari Bardu",
                        "Ola Bardu",
                        "Siri Bardu",
                        "Lise Bardu",
                        "Godkjenn Kari Bardu til Fagdag demens",
                        "Avslå Ola Bardu til Fagdag demens",
                        "Venteliste",
                        "02.05.2030",
                        "01.04.2030",
                        HOME + "/approvals/" + kari.id())
                .doesNotContain("Tor Tromsø", "Per Privat");
        assertThat(siri.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(lise.waitlistPosition()).isEqualTo(1);

        // one click approves; the next declines, and the seat goes to the first waiting at once
        assertThat(mvc.post()
                        .uri(HOME + "/approvals/" + kari.id() + "/approve")
                        .with(as(world.contact()))
                        .with(csrf())
                        .param("back", "overview"))
                .hasRedirectedUrl(HOME + "#approvals")
                .flash()
                .containsEntry("decided", "approved")
                .containsEntry("decidedName", "Kari Bardu");
        assertThat(mvc.post()
                        .uri(HOME + "/approvals/" + ola.id() + "/decline")
                        .with(as(world.contact()))
                        .with(csrf()))
                .hasRedirectedUrl(HOME + "/approvals/" + ola.id());
        assertThat(programme.registrations(world.id(), school.id()))
                .extracting(RegistrationSummary::name, RegistrationSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kari Bardu", RegistrationStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Ola Bardu", RegistrationStatus.DECLINED),
                        org.assertj.core.groups.Tuple.tuple("Tor Tromsø", RegistrationStatus.AWAITING_APPROVAL),
                        org.assertj.core.groups.Tuple.tuple("Siri Bardu", RegistrationStatus.AWAITING_APPROVAL));
        // a decision already taken is not taken again
        assertThat(mvc.post()
                        .uri(HOME + "/approvals/" + kari.id() + "/decline")
                        .with(as(world.contact()))
                        .with(csrf()))
                .flash()
                .containsEntry("refused", "registration.notAwaitingApproval");
        assertThat(programme
                        .registrationOf(school.id(), kari.email())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);

        MunicipalityOverview overview = municipality.overview(world.id(), bardu);
        assertThat(overview.approvals()).extracting(StaffRegistration::name).containsExactly("Siri Bardu");
        assertThat(overview.quotas()).singleElement().satisfies(q -> {
            assertThat(q.activityTitle()).isEqualTo("Fagdag demens");
            assertThat(q.reserved()).isEqualTo(2);
            assertThat(q.used()).isEqualTo(2);
            assertThat(q.released()).isFalse();
        });
    }

    @Autowired
    MunicipalityRegistrations municipality;

    @Test
    void theApprovalPageTheMailLinksTo() {
        var world = worlds.create();
        UUID bardu = world.municipality().id();
        ActivitySummary course =
                TestActivities.open(programme, world.id(), "Kurs med godkjenning", 5, Map.of(), null, true);
        RegistrationSummary anne = register(course, "Anne Ansatt", bardu);
        String page = HOME + "/approvals/" + anne.id();

        assertThat(mvc.get().uri(page)).as("sign in first").hasStatus(302);
        assertThat(mvc.get().uri(page).with(as(world.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Påmelding: Anne Ansatt", "Kurs med godkjenning", "Venter på godkjenning", "Godkjenn");
        assertThat(mvc.post().uri(page + "/approve").with(as(world.contact())).with(csrf()))
                .hasRedirectedUrl(page)
                .flash()
                .containsEntry("decided", "approved");
        assertThat(mvc.get().uri(page).with(as(world.contact())))
                .bodyText()
                .contains("Påmeldt", "det er ikke noe å avgjøre")
                .doesNotContain("Godkjenn Anne");
        assertThat(mvc.get().uri(page + "?lang=en").with(as(world.contact())))
                .bodyText()
                .contains("Registration: Anne Ansatt");
    }

    @Test
    void otherRolesAreRefused() {
        var world = worlds.create();
        ActivitySummary course = TestActivities.open(programme, world.id(), "Kurs", 5, Map.of(), null, true);
        RegistrationSummary anne =
                register(course, "Anne Ansatt", world.municipality().id());
        for (LoktaUser user : List.of(world.coordinator(), world.participant())) {
            for (String page : List.of(HOME, HOME + "/approvals/" + anne.id(), HOME + "/registrations/new")) {
                assertThat(mvc.get().uri(page).with(as(user))).as(page).hasStatus(403);
            }
            for (String action : List.of(
                    HOME + "/approvals/" + anne.id() + "/approve",
                    HOME + "/approvals/" + anne.id() + "/decline",
                    HOME + "/registrations")) {
                assertThat(mvc.post()
                                .uri(action)
                                .with(as(user))
                                .with(csrf())
                                .param("activityId", course.id().toString())
                                .param("name", "Snik")
                                .param("email", "snik@example.org"))
                        .as(action)
                        .hasStatus(403);
            }
        }
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.AWAITING_APPROVAL);
    }

    @Test
    void aRegistrationOfAnotherMunicipalityOrCollaborationIsNotFound() {
        var world = worlds.create();
        var elsewhere = worlds.create();
        LoktaUser tromso = contactOf(world, members.addMunicipalityFromRegister(world.id(), "5501"));
        ActivitySummary course = TestActivities.open(programme, world.id(), "Kurs", 5, Map.of(), null, true);
        RegistrationSummary anne =
                register(course, "Anne Ansatt", world.municipality().id());
        for (LoktaUser stranger : List.of(tromso, elsewhere.contact())) {
            assertThat(mvc.get().uri(HOME + "/approvals/" + anne.id()).with(as(stranger)))
                    .hasStatus(404);
            for (String decision : List.of("approve", "decline")) {
                assertThat(mvc.post()
                                .uri(HOME + "/approvals/" + anne.id() + "/" + decision)
                                .with(as(stranger))
                                .with(csrf()))
                        .hasStatus(404);
            }
            assertThat(mvc.get().uri(HOME).with(as(stranger)))
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("Anne Ansatt");
            // nor may they register for another collaboration's activity
            assertThat(mvc.post()
                            .uri(HOME + "/registrations")
                            .with(as(stranger))
                            .with(csrf())
                            .param(
                                    "activityId",
                                    stranger == tromso
                                            ? UUID.randomUUID().toString()
                                            : course.id().toString())
                            .param("name", "Snik")
                            .param("email", "snik@example.org"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Velg fra listen.", "activityId-error");
        }
        assertThat(mvc.get().uri(HOME + "/approvals/" + UUID.randomUUID()).with(as(world.contact())))
                .hasStatus(404);
        assertThat(programme.registrations(world.id(), course.id()))
                .extracting(RegistrationSummary::status)
                .containsExactly(RegistrationStatus.AWAITING_APPROVAL);
    }

    @Test
    void theContactRegistersOwnStaff() {
        var world = worlds.create();
        UUID bardu = world.municipality().id();
        ActivitySummary day = TestActivities.open(
                programme, world.id(), "Fagdag", 1, Map.of(bardu, 1), LocalDate.of(2030, 4, 1), true);
        TestActivities.closed(programme, world.id(), "Stengt kurs");

        assertThat(mvc.get()
                        .uri(HOME + "/registrations/new?activity=" + day.id())
                        .with(as(world.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Meld på egne ansatte", "Fagdag (02.05.2030)", "selected")
                .doesNotContain("Stengt kurs");
        assertThat(registerStaff(world, day.id(), "Eva Ansatt", "Eva.Ansatt@Bardu.kommune.no"))
                .hasRedirectedUrl(HOME)
                .flash()
                .containsEntry("outcome", "CONFIRMED")
                .containsEntry("outcomeName", "Eva Ansatt");
        RegistrationSummary eva = programme
                .registrationOf(day.id(), "eva.ansatt@bardu.kommune.no")
                .orElseThrow();
        // the contact's own registration needs no approval of their own; the seat is Bardu's
        assertThat(eva.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(eva.organisationId()).isEqualTo(bardu);
        assertThat(municipality.overview(world.id(), bardu).quotas().getFirst().used())
                .isEqualTo(1);

        assertThat(registerStaff(world, day.id(), "Jon Ansatt", "jon@bardu.kommune.no"))
                .flash()
                .containsEntry("outcome", "WAITLISTED")
                .containsEntry("outcomePosition", 1);
        assertThat(mvc.get().uri(HOME).with(as(world.contact())))
                .bodyText()
                .contains("Eva Ansatt", "Jon Ansatt", "Venteliste");
    }

    @Test
    void badStaffInputGetsFieldMessagesAndChangesNothing() {
        var world = worlds.create();
        ActivitySummary day = TestActivities.open(programme, world.id(), "Fagdag", 5);
        ActivitySummary closed = TestActivities.closed(programme, world.id(), "Stengt kurs");

        assertThat(registerStaff(world, day.id(), "", "eva@example.org"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "name-error", "aria-invalid=\"true\"");
        assertThat(registerStaff(world, day.id(), "Eva", "eva"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig e-postadresse", "email-error");
        assertThat(registerStaff(world, day.id(), "Eva", "eva@localhost"))
                .hasStatusOk()
                .bodyText()
                .contains("email-error");
        assertThat(registerStaff(world, null, "Eva", "eva@example.org"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "activityId-error");
        assertThat(registerStaff(world, closed.id(), "Eva", "eva@example.org"))
                .hasStatusOk()
                .bodyText()
                .contains("Påmeldingen er ikke åpen.", "activityId-error");
        assertThat(registerStaff(world, UUID.randomUUID(), "Eva", "eva@example.org"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg fra listen.", "activityId-error");
        assertThat(mvc.post()
                        .uri(HOME + "/registrations")
                        .with(as(world.contact()))
                        .with(csrf())
                        .param("activityId", "nonsense")
                        .param("name", "Eva")
                        .param("email", "eva@example.org"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg fra listen.");
        assertThat(programme.registrations(world.id(), day.id())).isEmpty();
        assertThat(programme.registrations(world.id(), closed.id())).isEmpty();
    }

    private MvcTestResult registerStaff(TestWorld.World world, @Nullable UUID activityId, String name, String email) {
        return mvc.post()
                .uri(HOME + "/registrations")
                .with(as(world.contact()))
                .with(csrf())
                .param("activityId", activityId == null ? "" : activityId.toString())
                .param("name", name)
                .param("email", email)
                .exchange();
    }
}
