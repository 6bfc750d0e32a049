package no.lokta.programme.shadowing;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class ShadowingWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Hosts hosts;

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedPlacementsArePublicAndDraftsAreNot() {
        var s = hosts.create();
        PlacementSummary published = hosts.placement(s, s.malselv().id(), 2);
        PlacementSummary draft = shadowing.createPlacement(
                s.id(),
                new PlacementCommand(
                        null,
                        s.malselv().id(),
                        "Hemmelig utkast",
                        "",
                        Hosts.FROM,
                        Hosts.TO,
                        2,
                        Hosts.DEADLINE,
                        "",
                        "",
                        PlacementStatus.DRAFT));
        assertThat(mvc.get().uri("/programme/shadowing?collaboration=" + s.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Hospitering", "Demensavdelingen", "Målselv", "01.03.2030\u201326.03.2030")
                .doesNotContain("Hemmelig utkast");
        assertThat(mvc.get().uri("/programme/shadowing/placements/" + published.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Demensavdelingen", "Logg inn for å søke", "2 av 2");
        assertThat(mvc.get().uri("/programme/shadowing/placements/" + draft.id()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/programme/shadowing/placements/" + UUID.randomUUID()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/programme/shadowing?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Job shadowing");
        // applying needs sign-in
        assertThat(mvc.get().uri("/programme/shadowing/placements/" + published.id() + "/apply"))
                .hasStatus(302);
    }

    @Test
    void theDemoPlacementsArePublic() {
        assertThat(mvc.get().uri("/programme/shadowing"))
                .hasStatusOk()
                .bodyText()
                .contains("Geriatrisk avdeling, Medisinsk klinikk, Tromsø", "Universitetssykehuset Nord-Norge HF")
                .doesNotContain("Lindrende enhet, Harstad");
    }

    @Test
    void aPersonAppliesThroughTheFormAndLeadersApproveInOneClick() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        String page = "/programme/shadowing/placements/" + p.id();
        assertThat(mvc.get().uri(page).with(as(s.barduNurse())))
                .hasStatusOk()
                .bodyText()
                .contains("Søk om plass");
        // the participant has no organisation of their own: they choose one
        assertThat(mvc.get().uri(page + "/apply").with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Organisasjonen du arbeider i", "Motivasjon");
        assertThat(mvc.get().uri(page + "/apply").with(as(s.barduNurse())))
                .hasStatusOk()
                .bodyText()
                .contains("Du søker for Bardu.");
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(s.world().participant()))
                        .with(csrf())
                        .param("organisationId", s.world().municipality().id().toString())
                        .param("motivation", "Jeg vil lære om skjermede enheter.")
                        .param("preferredFrom", "2030-03-02")
                        .param("preferredTo", "2030-03-06"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/programme/shadowing/mine");
        ApplicationSummary a = shadowing.applications(s.id(), p.id()).getFirst();
        assertThat(a.organisationId()).isEqualTo(s.world().municipality().id());
        assertThat(mvc.get().uri("/programme/shadowing/mine").with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Demensavdelingen", "Venter på begge ledere");
        assertThat(mvc.get().uri(page).with(as(s.world().participant())))
                .bodyText()
                .contains("Du har søkt. Status: Venter på begge ledere.");

        // the home leader sees it and approves in one click
        assertThat(mvc.get()
                        .uri("/programme/shadowing/approvals")
                        .with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Én søknad venter på deg", "Jeg vil lære om skjermede enheter.", "Egen leder");
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/approve")
                        .with(as(s.world().contact()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("decided", "HOME_APPROVED");
        // a declining host leader must give a reason: the message stands at the field
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/decline")
                        .with(as(s.malselvContact()))
                        .with(csrf())
                        .param("reason", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/approve")
                        .with(as(s.malselvContact()))
                        .with(csrf()))
                .flash()
                .containsEntry("decided", "ACCEPTED");
        assertThat(shadowing.applications(s.id(), p.id()).getFirst().status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(mvc.get()
                        .uri("/programme/shadowing/manage/" + p.id())
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(s.world().participant().email(), "Tatt opp", "Ingen rapporter ennå.");
    }

    @Test
    void badApplicationsGetFieldMessagesAndChangeNothing() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        String apply = "/programme/shadowing/placements/" + p.id() + "/applications";
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "  ")
                        .param("preferredFrom", "2030-03-06")
                        .param("preferredTo", "2030-03-02"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "Lære")
                        .param("preferredFrom", "2030-03-06")
                        .param("preferredTo", "2030-03-02"))
                .hasStatusOk()
                .bodyText()
                .contains("Slutten av perioden kan ikke være før starten.");
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "m".repeat(2001))
                        .param("preferredFrom", "2030-03-02")
                        .param("preferredTo", "2030-03-06"))
                .hasStatusOk()
                .bodyText()
                .contains("Må være mellom 0 og 2 000 tegn.");
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "Lære")
                        .param("preferredFrom", "2030-02-02")
                        .param("preferredTo", "2030-03-06"))
                .hasStatusOk()
                .bodyText()
                .contains("Ønsket periode må ligge innenfor plassens periode.");
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.world().participant()))
                        .with(csrf())
                        .param("motivation", "")
                        .param("preferredFrom", "2030-03-02")
                        .param("preferredTo", "2030-03-06"))
                .hasStatusOk()
                .bodyText()
                .contains("organisationId-error", "motivation-error");
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "Lære")
                        .param("preferredFrom", "ikke en dato")
                        .param("preferredTo", "2030-03-06"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig dato");
        assertThat(hosts.applicationRows(p.id())).isZero();

        // after the deadline the form says so and nothing is stored
        jdbc.sql("update programme.placement set application_deadline = current_date - 1,"
                        + " period_from = current_date - 1, period_to = current_date + 5 where id = ?")
                .param(p.id())
                .update();
        String from = java.time.LocalDate.now().toString();
        assertThat(mvc.post()
                        .uri(apply)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("motivation", "Lære")
                        .param("preferredFrom", from)
                        .param("preferredTo", from))
                .hasStatusOk()
                .bodyText()
                .contains("Søknadsfristen er ute.");
        assertThat(hosts.applicationRows(p.id())).isZero();
    }

    @Test
    void aCoordinatorCreatesAndEditsPlacementsAndBadInputChangesNothing() {
        var s = hosts.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/programme/shadowing/manage/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny hospiteringsplass", "Målselv");
        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", s.malselv().id().toString())
                        .param("unit", "Feil")
                        .param("periodFrom", "2030-03-26")
                        .param("periodTo", "2030-03-01")
                        .param("capacity", "0")
                        .param("applicationDeadline", "2030-02-01")
                        .param("status", "PUBLISHED"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Slutten av perioden kan ikke være før starten.",
                        "Antall plasser må være mellom 1 og 1000.",
                        "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", s.malselv().id().toString())
                        .param("unit", "Feil")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-03-26")
                        .param("capacity", "-3")
                        .param("applicationDeadline", "2030-04-01")
                        .param("status", "PUBLISHED"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Antall plasser må være mellom 1 og 1000.",
                        "Søknadsfristen kan ikke være etter at perioden er slutt.");
        // a host from another collaboration
        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .param(
                                "hostOrganisationId",
                                hosts.create().malselv().id().toString())
                        .param("unit", "Feil")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-03-26")
                        .param("capacity", "2")
                        .param("applicationDeadline", "2030-02-01")
                        .param("status", "PUBLISHED"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en organisasjon som er med i samarbeidet.");
        assertThat(hosts.placementRows(s.id())).isZero();

        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", s.hospital().id().toString())
                        .param("unit", "Geriatrisk avdeling")
                        .param("description", "Fire uker")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-03-26")
                        .param("capacity", "3")
                        .param("applicationDeadline", "2030-02-01")
                        .param("contactName", "Hanne Eriksen")
                        .param("contactEmail", "hanne@example.org")
                        .param("status", "PUBLISHED"))
                .hasStatus3xxRedirection();
        PlacementSummary created = shadowing.placements(s.id()).getFirst();
        assertThat(created.capacity()).isEqualTo(3);
        assertThat(mvc.get().uri("/programme/shadowing/manage").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Geriatrisk avdeling");
        String edit = "/programme/shadowing/manage/" + created.id();
        assertThat(mvc.get().uri(edit + "/edit").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("2030-03-26", "Hanne Eriksen");
        assertThat(mvc.post()
                        .uri(edit)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", s.hospital().id().toString())
                        .param("unit", "Geriatrisk avdeling")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-02-26")
                        .param("capacity", "3")
                        .param("applicationDeadline", "2030-02-01")
                        .param("status", "PUBLISHED"))
                .hasStatusOk()
                .bodyText()
                .contains("Slutten av perioden kan ikke være før starten.");
        assertThat(shadowing.placement(s.id(), created.id()).periodTo()).isEqualTo(Hosts.TO);
        assertThat(mvc.post()
                        .uri(edit)
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", s.hospital().id().toString())
                        .param("unit", "Geriatrisk sengepost")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-03-26")
                        .param("capacity", "4")
                        .param("applicationDeadline", "2030-02-01")
                        .param("status", "CLOSED"))
                .hasStatus3xxRedirection();
        assertThat(shadowing.placement(s.id(), created.id()).unit()).isEqualTo("Geriatrisk sengepost");
    }

    @Test
    void theWrongRoleGets403() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        for (String page : List.of(
                "/programme/shadowing/manage",
                "/programme/shadowing/manage/new",
                "/programme/shadowing/manage/" + p.id(),
                "/programme/shadowing/manage/" + p.id() + "/edit",
                "/programme/shadowing/approvals")) {
            assertThat(mvc.get().uri(page).with(as(s.world().participant())))
                    .as(page)
                    .hasStatus(403);
        }
        assertThat(mvc.get()
                        .uri("/programme/shadowing/manage")
                        .with(as(s.world().contact())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage")
                        .with(as(s.world().contact()))
                        .with(csrf())
                        .param("unit", "x"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/approve")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatus(403);
        // a leader, but not of this application's organisations
        var stranger = hosts.person(
                s.world(),
                "Ola Annen",
                no.lokta.platform.security.Role.MUNICIPALITY_CONTACT,
                hosts.create().malselv().id());
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/approve")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(403);
        // the coordinator does not act for organisations that have leaders
        assertThat(mvc.post()
                        .uri("/programme/shadowing/approvals/" + a.id() + "/approve")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(shadowing.applications(s.id(), p.id()).getFirst().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anotherCollaborationsDataIsNotFoundByUrl() {
        var s = hosts.create();
        var other = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        var coordinator = other.world().coordinator();
        for (String page : List.of(
                "/programme/shadowing/manage/" + p.id(),
                "/programme/shadowing/manage/" + p.id() + "/edit",
                "/programme/shadowing/placements/" + p.id() + "/apply",
                "/programme/shadowing/mine/" + a.id() + "/report")) {
            assertThat(mvc.get().uri(page).with(as(coordinator))).as(page).hasStatus(404);
        }
        assertThat(mvc.post()
                        .uri("/programme/shadowing/manage/" + p.id())
                        .with(as(coordinator))
                        .with(csrf())
                        .param("hostOrganisationId", other.malselv().id().toString())
                        .param("unit", "Kapret")
                        .param("periodFrom", "2030-03-01")
                        .param("periodTo", "2030-03-26")
                        .param("capacity", "2")
                        .param("applicationDeadline", "2030-02-01")
                        .param("status", "PUBLISHED"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/programme/shadowing/placements/" + p.id() + "/applications")
                        .with(as(other.barduNurse()))
                        .with(csrf())
                        .param("motivation", "Lære")
                        .param("preferredFrom", "2030-03-02")
                        .param("preferredTo", "2030-03-06"))
                .hasStatus(404);
        for (String action : List.of("approve", "decline")) {
            assertThat(mvc.post()
                            .uri("/programme/shadowing/approvals/" + a.id() + "/" + action)
                            .with(as(coordinator))
                            .with(csrf())
                            .param("reason", "Nei"))
                    .as(action)
                    .hasStatus(404);
        }
        // someone else's application in the same collaboration
        assertThat(mvc.get()
                        .uri("/programme/shadowing/mine/" + a.id() + "/report")
                        .with(as(s.world().participant())))
                .hasStatus(404);
        assertThat(shadowing.placement(s.id(), p.id()).unit()).isEqualTo("Demensavdelingen");
        assertThat(hosts.applicationRows(p.id())).isEqualTo(1);
    }

    @Test
    void theApplicantReportsAfterThePeriodAndTheCoordinatorReadsIt() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        String report = "/programme/shadowing/mine/" + a.id() + "/report";
        assertThat(mvc.get().uri(report).with(as(s.barduNurse())))
                .hasStatusOk()
                .bodyText()
                .contains("Rapporten kan skrives fra siste dag i perioden");
        assertThat(mvc.post().uri(report).with(as(s.barduNurse())).with(csrf()).param("learned", "For tidlig"))
                .hasStatusOk()
                .bodyText()
                .contains("Rapporten kan skrives fra siste dag i perioden");
        shadowing.approve(s.id(), s.homeLeader(), a.id());
        shadowing.approve(s.id(), s.malselvLeader(), a.id());
        // the period is over
        jdbc.sql("update programme.placement_application set preferred_from = current_date - 5,"
                        + " preferred_to = current_date - 1 where id = ?")
                .param(a.id())
                .update();
        assertThat(mvc.get().uri("/programme/shadowing/mine").with(as(s.barduNurse())))
                .bodyText()
                .contains("Skriv rapport");
        assertThat(mvc.post()
                        .uri(report)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("learned", "")
                        .param("useAtHome", "u".repeat(2001)))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.", "Må være mellom 0 og 2 000 tegn.");
        assertThat(shadowing.applications(s.id(), p.id()).getFirst().reported()).isFalse();
        assertThat(mvc.post()
                        .uri(report)
                        .with(as(s.barduNurse()))
                        .with(csrf())
                        .param("learned", "Miljøbehandling i praksis.")
                        .param("useAtHome", "Faste samtaler med pårørende."))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/programme/shadowing/mine");
        assertThat(mvc.get()
                        .uri("/programme/shadowing/manage/" + p.id())
                        .with(as(s.world().coordinator())))
                .bodyText()
                .contains("Miljøbehandling i praksis.", "Faste samtaler med pårørende.");
    }
}
