package no.lokta.project.help;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class HelpWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HelpWorld worlds;

    @Autowired
    HelpManagement help;

    @Autowired
    MemberManagement members;

    @Test
    void aMunicipalityContactAsksAndTheCoordinatorHelps() {
        var s = worlds.create();
        var contact = s.world().contact();
        assertThat(mvc.get().uri("/projects/help/new").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Be om veiledning", contact.email(), "Ikke skriv helseopplysninger")
                .doesNotContain("Velg organisasjon");
        // the organisation is the contact's own, whatever the form says
        assertThat(mvc.post()
                        .uri("/projects/help")
                        .with(as(contact))
                        .with(csrf())
                        .param("organisationId", s.malselv().id().toString())
                        .param("askerName", "Kari Kommune")
                        .param("askerEmail", "kari@bardu.kommune.no")
                        .param("subject", "Søknad om skjønnsmidler")
                        .param("description", "Vi vil søke om midler til et prosjekt.")
                        .param("kind", "APPLICATION"))
                .hasStatus3xxRedirection();
        HelpRequestSummary asked = help.requests(s.id()).getFirst();
        assertThat(asked.organisationId()).isEqualTo(s.bardu());
        assertThat(asked.status()).isEqualTo(HelpStatus.NEW);
        assertThat(asked.receivedOn()).isEqualTo(help.today());
        assertThat(mvc.get().uri("/projects/help").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Søknad om skjønnsmidler", "Ny");

        var coordinator = s.world().coordinator();
        String page = "/projects/help/" + asked.id();
        assertThat(mvc.get().uri("/projects/help").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Søknad om skjønnsmidler", "Bardu");
        assertThat(mvc.post()
                        .uri(page + "/handling")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("outcome", ""))
                .hasStatus3xxRedirection();
        for (String hours : new String[] {"1,5", "2.25"}) {
            assertThat(mvc.post()
                            .uri(page + "/time")
                            .with(as(coordinator))
                            .with(csrf())
                            .param("workedOn", help.today().toString())
                            .param("hours", hours)
                            .param("note", "Møte om søknaden"))
                    .hasStatus3xxRedirection();
        }
        assertThat(mvc.post()
                        .uri(page + "/handling")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("status", "DONE")
                        .param("outcome", "Søknaden ble sendt."))
                .hasStatus3xxRedirection();
        HelpRequestSummary handled = help.request(s.id(), asked.id());
        assertThat(handled.status()).isEqualTo(HelpStatus.DONE);
        assertThat(handled.outcome()).isEqualTo("Søknaden ble sendt.");
        assertThat(handled.hours()).isEqualByComparingTo("3.75");
        assertThat(handled.entries()).hasSize(2);
        assertThat(mvc.get().uri(page).with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Ferdig", "Søknaden ble sendt.", "3,75")
                .doesNotContain("Før timene", "Behandling");
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        var s = worlds.create();
        var other = worlds.create();
        var coordinator = s.world().coordinator();
        HelpRequestSummary request = help.submit(s.id(), HelpWorld.request(s.bardu(), "Kompetanseplan"));
        String page = "/projects/help/" + request.id();
        for (String hours : new String[] {"-1", "-0,5", "mange", "1000"}) {
            assertThat(mvc.post()
                            .uri(page + "/time")
                            .with(as(coordinator))
                            .with(csrf())
                            .param("workedOn", help.today().toString())
                            .param("hours", hours)
                            .param("note", ""))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"hours-error\"");
        }
        assertThat(mvc.post()
                        .uri(page + "/time")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("workedOn", help.today().plusDays(3).toString())
                        .param("hours", "1"))
                .hasStatusOk()
                .bodyText()
                .contains("Datoen kan ikke være fram i tid.");
        assertThat(worlds.timeRows(s.id())).isZero();
        assertThatThrownBy(() -> new TimeEntryCommand(help.today(), new BigDecimal("-0.25"), ""))
                .isInstanceOf(InvalidInput.class);

        // the coordinator's request for an organisation of another collaboration, or none at all
        for (UUID stranger : new UUID[] {other.bardu(), UUID.randomUUID()}) {
            assertThat(mvc.post()
                            .uri("/projects/help")
                            .with(as(coordinator))
                            .with(csrf())
                            .param("organisationId", stranger.toString())
                            .param("askerName", "Kari")
                            .param("askerEmail", "kari@example.org")
                            .param("subject", "Hjelp")
                            .param("kind", "OTHER"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Velg en organisasjon i samarbeidet.");
        }
        assertThatThrownBy(() -> help.submit(s.id(), HelpWorld.request(other.bardu(), "Lurt")))
                .isInstanceOf(InvalidInput.class);
        // a missing subject and a broken address
        assertThat(mvc.post()
                        .uri("/projects/help")
                        .with(as(s.world().contact()))
                        .with(csrf())
                        .param("askerName", "Kari")
                        .param("askerEmail", "ikke-en-adresse")
                        .param("subject", " ")
                        .param("kind", "OTHER"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"subject-error\"", "id=\"askerEmail-error\"");
        assertThat(worlds.requestRows(s.id())).isOne();
        assertThat(worlds.requestRows(other.id())).isZero();
        assertThat(help.request(s.id(), request.id())).isEqualTo(request);
    }

    @Test
    void theWrongRoleIsForbidden() {
        var s = worlds.create();
        HelpRequestSummary request = help.submit(s.id(), HelpWorld.request(s.bardu(), "Prosjektplan"));
        var participant = s.world().participant();
        var contact = s.world().contact();
        String page = "/projects/help/" + request.id();
        assertThat(mvc.get().uri("/projects/help").with(as(participant))).hasStatus(403);
        assertThat(mvc.get().uri("/projects/help/new").with(as(participant))).hasStatus(403);
        assertThat(mvc.get().uri(page).with(as(participant))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/projects/help")
                        .with(as(participant))
                        .with(csrf())
                        .param("askerName", "Per")
                        .param("askerEmail", "per@example.org")
                        .param("subject", "Hjelp")
                        .param("kind", "OTHER"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/projects/help/report").with(as(contact))).hasStatus(403);
        assertThat(mvc.get().uri("/projects/help/report.csv").with(as(contact))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(page + "/handling")
                        .with(as(contact))
                        .with(csrf())
                        .param("status", "DONE")
                        .param("outcome", "Selvbetjent"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(page + "/time")
                        .with(as(contact))
                        .with(csrf())
                        .param("workedOn", help.today().toString())
                        .param("hours", "5"))
                .hasStatus(403);
        assertThat(help.request(s.id(), request.id())).isEqualTo(request);
        assertThat(worlds.requestRows(s.id())).isOne();
    }

    @Test
    void anotherCollaborationsOrMunicipalitysRequestIsNotFound() {
        var s = worlds.create();
        var other = worlds.create();
        HelpRequestSummary theirs = help.submit(other.id(), HelpWorld.request(other.bardu(), "Deres forespørsel"));
        HelpRequestSummary malselvs =
                help.submit(s.id(), HelpWorld.request(s.malselv().id(), "Målselvs forespørsel"));
        var coordinator = s.world().coordinator();
        String page = "/projects/help/" + theirs.id();
        assertThat(mvc.get().uri(page).with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(page).with(as(s.world().contact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/handling")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("status", "DONE")
                        .param("outcome", ""))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/time")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("workedOn", help.today().toString())
                        .param("hours", "1"))
                .hasStatus(404);
        assertThat(help.request(other.id(), theirs.id())).isEqualTo(theirs);
        // Bardu's contact does not see Målselv's request; Målselv's own contact does
        assertThat(mvc.get()
                        .uri("/projects/help/" + malselvs.id())
                        .with(as(s.world().contact())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/projects/help").with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Målselvs forespørsel");
        assertThat(mvc.get().uri("/projects/help/" + malselvs.id()).with(as(s.malselvContact())))
                .hasStatusOk()
                .bodyText()
                .contains("Målselvs forespørsel");
        assertThat(mvc.get().uri("/projects/help").with(as(coordinator)))
                .bodyText()
                .contains("Målselvs forespørsel")
                .doesNotContain("Deres forespørsel");
    }

    @Test
    void theReportCountsEachMembersYear() {
        var s = worlds.create();
        // a former member, gone before 2025, is not in that year's report
        OrganisationSummary gone = members.addMunicipalityFromRegister(s.id(), "5526");
        members.addMembership(
                s.id(),
                new MembershipCommand(
                        gone.id(), MembershipKind.MEMBER, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), ""));
        HelpRequestSummary plan = help.submit(s.id(), HelpWorld.request(s.bardu(), "Plan"));
        HelpRequestSummary project = help.submit(s.id(), HelpWorld.request(s.bardu(), "Prosjekt"));
        HelpRequestSummary old = help.submit(s.id(), HelpWorld.request(s.bardu(), "Gammel"));
        HelpRequestSummary malselv =
                help.submit(s.id(), HelpWorld.request(s.malselv().id(), "Målselv"));
        worlds.receivedOn(plan.id(), LocalDate.of(2025, 2, 1));
        worlds.receivedOn(project.id(), LocalDate.of(2025, 11, 30));
        worlds.receivedOn(old.id(), LocalDate.of(2024, 12, 15));
        worlds.receivedOn(malselv.id(), LocalDate.of(2025, 6, 1));
        help.handle(s.id(), plan.id(), new HandlingCommand(HelpStatus.DONE, "Planen er vedtatt."));
        help.handle(s.id(), old.id(), new HandlingCommand(HelpStatus.DONE, ""));
        help.logTime(s.id(), plan.id(), new TimeEntryCommand(LocalDate.of(2025, 2, 3), new BigDecimal("2"), ""), "K");
        help.logTime(
                s.id(), plan.id(), new TimeEntryCommand(LocalDate.of(2025, 2, 10), new BigDecimal("0.5"), ""), "K");
        // hours of 2025 on a request from 2024 count in 2025; those of 2024 do not
        help.logTime(s.id(), old.id(), new TimeEntryCommand(LocalDate.of(2024, 12, 20), new BigDecimal("4"), ""), "K");
        help.logTime(s.id(), old.id(), new TimeEntryCommand(LocalDate.of(2025, 1, 5), new BigDecimal("1"), ""), "K");
        help.logTime(
                s.id(), malselv.id(), new TimeEntryCommand(LocalDate.of(2025, 6, 2), new BigDecimal("1.25"), ""), "K");

        HelpReport report = help.report(s.id(), 2025);
        assertThat(report.rows())
                .extracting(HelpReport.Row::name, HelpReport.Row::requests, HelpReport.Row::done, r -> r.hours()
                        .stripTrailingZeros()
                        .toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bardu", 2, 1, "3.5"),
                        org.assertj.core.groups.Tuple.tuple("Målselv", 1, 0, "1.25"));
        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.done()).isEqualTo(1);
        assertThat(report.hours()).isEqualByComparingTo("4.75");
        HelpReport earlier = help.report(s.id(), 2024);
        assertThat(earlier.rows())
                .extracting(HelpReport.Row::name, HelpReport.Row::requests, HelpReport.Row::done)
                .contains(org.assertj.core.groups.Tuple.tuple("Bardu", 1, 1));
        assertThat(earlier.rows()).extracting(HelpReport.Row::name).doesNotContain(gone.name());
        assertThat(help.report(s.id(), 2022).rows())
                .extracting(HelpReport.Row::name)
                .contains(gone.name());
        assertThat(help.years(s.id())).contains(2025, 2024, help.today().getYear());

        assertThat(mvc.get()
                        .uri("/projects/help/report?year=2025")
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Veiledning per medlem 2025",
                        "<svg",
                        "help-chart-desc",
                        "Bardu",
                        "3,50",
                        "4,75",
                        "2 forespørsler, 3,50 t");
    }

    @Test
    void theReportDownloadsAsCsv() {
        var s = worlds.create();
        HelpRequestSummary plan = help.submit(s.id(), HelpWorld.request(s.bardu(), "Plan"));
        worlds.receivedOn(plan.id(), LocalDate.of(2025, 3, 1));
        help.handle(s.id(), plan.id(), new HandlingCommand(HelpStatus.DONE, ""));
        help.logTime(s.id(), plan.id(), new TimeEntryCommand(LocalDate.of(2025, 3, 2), new BigDecimal("1.5"), ""), "K");
        var result = mvc.get()
                .uri("/projects/help/report.csv?year=2025")
                .with(as(s.world().coordinator()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result).headers().hasValue("Content-Disposition", "attachment; filename=\"veiledning-2025.csv\"");
        String csv = new String(result.getMvcResult().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\uFEFFMedlem;Forespørsler;Ferdige;Timer\r\n"
                        + "Bardu;1;1;1,50\r\n"
                        + "Målselv;0;0;0,00\r\n"
                        + "Sum;1;1;1,50\r\n");
        var english = mvc.get()
                .uri("/projects/help/report.csv?year=2025&lang=en")
                .with(as(s.world().coordinator()))
                .exchange();
        assertThat(new String(english.getMvcResult().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFMember;Requests;Done;Hours\r\n")
                .contains("Bardu;1;1;1.50\r\n", "Total;1;1;1.50\r\n");
    }
}
