package no.lokta.project.fund;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.lokta.LoktaTest;
import no.lokta.platform.money.Nok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class FundWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FundFixtures fixtures;

    @Autowired
    FundManagement funds;

    @Test
    void theCoordinatorCallsTheMemberAppliesAndTheCoordinatorAwardsAndSeesTheReport() {
        var s = fixtures.create();
        var coordinator = s.world().coordinator();
        var contact = s.world().contact();
        assertThat(mvc.get().uri("/projects/funds").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Utviklingsmidler", "Ny utlysning", "Ingen utlysninger ennå.");
        assertThat(mvc.get().uri("/projects/funds/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Pott i kroner", "Søknadsfrist");

        // a deadline before the opening and a negative pot are refused, and nothing is saved
        assertThat(mvc.post()
                        .uri("/projects/funds")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Utviklingsmidler 2030")
                        .param("pot", "-100 000")
                        .param("opensOn", "2030-03-01")
                        .param("deadline", "2030-02-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et beløp i kroner");
        assertThat(mvc.post()
                        .uri("/projects/funds")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Utviklingsmidler 2030")
                        .param("pot", "0")
                        .param("opensOn", "2030-03-01")
                        .param("deadline", "2030-02-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Beløpet må være større enn null.", "Søknadsfristen kan ikke være før utlysningen åpner.");
        assertThat(funds.calls(s.id())).isEmpty();

        String today = funds.today().toString();
        assertThat(mvc.post()
                        .uri("/projects/funds")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Utviklingsmidler 2030")
                        .param("description", "Lokale tiltak.")
                        .param("criteria", "Forankret i ledelsen.")
                        .param("pot", "5 000 000")
                        .param("opensOn", today)
                        .param("deadline", funds.today().plusDays(20).toString()))
                .hasStatus3xxRedirection();
        CallSummary call = funds.calls(s.id()).getFirst();
        assertThat(call.pot()).isEqualTo(Nok.kroner(5_000_000));
        assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
        String page = "/projects/funds/" + call.id();
        // a draft is the coordinator's alone
        assertThat(mvc.get().uri(page).with(as(contact))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("to", "OPEN"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("stepped", "fund.call.status.OPEN");

        assertThat(mvc.get().uri("/projects/funds").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Utviklingsmidler 2030", "Kommunen din har ikke søkt ennå.")
                .doesNotContain("Ny utlysning");
        assertThat(mvc.get().uri(page).with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Søk om midler", "Søkt beløp i kroner", "Ikke skriv helseopplysninger");
        // zero applied for is refused
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(contact))
                        .with(csrf())
                        .param("title", "Frisklivssentral")
                        .param("amount", "0")
                        .param("contact", "Kari"))
                .hasStatusOk()
                .bodyText()
                .contains("Beløpet må være større enn null.");
        assertThat(funds.applications(s.id(), call.id())).isEmpty();
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(contact))
                        .with(csrf())
                        .param("title", "Frisklivssentral")
                        .param("description", "Et felles tilbud.")
                        .param("amount", "400 000")
                        .param("contact", "Kari Kontakt"))
                .hasStatus3xxRedirection();
        ApplicationSummary application = funds.applications(s.id(), call.id()).getFirst();
        assertThat(application.organisationId()).isEqualTo(s.bardu());
        String applicationPage = page + "/applications/" + application.id();

        // another municipality's contact does not find it; nor may a contact decide
        assertThat(mvc.get().uri(applicationPage).with(as(s.malselvContact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(applicationPage + "/report")
                        .with(as(s.malselvContact()))
                        .with(csrf())
                        .param("text", "Rapport"))
                .hasStatus(404);
        assertThat(mvc.get().uri(page).with(as(s.malselvContact())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Frisklivssentral");
        assertThat(mvc.post()
                        .uri(applicationPage + "/award")
                        .with(as(contact))
                        .with(csrf())
                        .param("amount", "400 000")
                        .param("reportDue", "2031-01-01"))
                .hasStatus(403);

        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Frisklivssentral", "Bardu", "400 000 kr", "5 000 000 kr", "Ikke avgjort");
        assertThat(mvc.post()
                        .uri(applicationPage + "/assessment")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("assessment", "Godt forankret.")
                        .param("score", "4"))
                .hasStatus3xxRedirection();
        // more than applied for is refused on the page
        assertThat(mvc.post()
                        .uri(applicationPage + "/award")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("amount", "400 001")
                        .param("reportDue", funds.today().plusYears(1).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Kan ikke tildele mer enn søkt beløp (400 000 kr).");
        assertThat(funds.application(s.id(), application.id()).decision()).isEqualTo(Decision.PENDING);
        assertThat(mvc.post()
                        .uri(applicationPage + "/award")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("amount", "350 000")
                        .param("reportDue", funds.today().plusYears(1).toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("decided", "fund.decision.AWARDED");
        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .bodyText()
                .contains("350 000 kr", "4 650 000 kr", "Tildelt", "Venter");

        // the member sees the decision and writes the report
        assertThat(mvc.get().uri(applicationPage).with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Tildelt", "350 000 kr", "Send rapporten")
                .doesNotContain("Godt forankret.", "Tildel ");
        assertThat(mvc.post()
                        .uri(applicationPage + "/report")
                        .with(as(contact))
                        .with(csrf())
                        .param("text", "Frisklivssentralen åpnet i mai."))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(applicationPage).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Frisklivssentralen åpnet i mai.", "Sendt", "Godt forankret.");
        assertThat(mvc.get().uri("/projects/funds?lang=en").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Development funds", "Frisklivssentral", "Awarded", "Sent");
    }

    @Test
    void theWrongRoleIsForbidden() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 100_000);
        ApplicationSummary a = fixtures.apply(s, s.bardu(), call, "Tiltak", 10_000);
        var participant = s.world().participant();
        var contact = s.world().contact();
        String page = "/projects/funds/" + call.id();
        String applicationPage = page + "/applications/" + a.id();
        for (String uri : new String[] {"/projects/funds", page, applicationPage}) {
            assertThat(mvc.get().uri(uri).with(as(participant))).hasStatus(403);
        }
        assertThat(mvc.get().uri("/projects/funds/new").with(as(contact))).hasStatus(403);
        assertThat(mvc.get().uri(page + "/edit").with(as(contact))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(contact))
                        .with(csrf())
                        .param("to", "CLOSED"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/projects/funds")
                        .with(as(contact))
                        .with(csrf())
                        .param("title", "X")
                        .param("pot", "1")
                        .param("opensOn", "2030-01-01")
                        .param("deadline", "2030-01-02"))
                .hasStatus(403);
        assertThat(mvc.post().uri(applicationPage + "/reject").with(as(contact)).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(applicationPage + "/assessment")
                        .with(as(contact))
                        .with(csrf())
                        .param("assessment", "Bra"))
                .hasStatus(403);
        // the coordinator does not apply for a municipality
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("title", "Tiltak")
                        .param("amount", "100")
                        .param("contact", "Kari"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(participant))
                        .with(csrf())
                        .param("title", "Tiltak")
                        .param("amount", "100")
                        .param("contact", "Kari"))
                .hasStatus(403);
        assertThat(funds.applications(s.id(), call.id())).hasSize(1);
        assertThat(funds.call(s.id(), call.id()).status()).isEqualTo(CallStatus.OPEN);
    }

    @Test
    void anotherCollaborationsCallAndApplicationAreNotFound() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 100_000);
        ApplicationSummary a = fixtures.apply(s, s.bardu(), call, "Tiltak", 10_000);
        var other = fixtures.create();
        String page = "/projects/funds/" + call.id();
        String applicationPage = page + "/applications/" + a.id();
        var coordinator = other.world().coordinator();
        var contact = other.world().contact();
        assertThat(mvc.get().uri(page).with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/edit").with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(applicationPage).with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(page).with(as(contact))).hasStatus(404);
        assertThat(mvc.get().uri(applicationPage).with(as(contact))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("to", "CLOSED"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(applicationPage + "/award")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("amount", "10 000")
                        .param("reportDue", funds.today().plusYears(1).toString()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(applicationPage + "/reject")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/applications")
                        .with(as(contact))
                        .with(csrf())
                        .param("title", "Tiltak")
                        .param("amount", "100")
                        .param("contact", "Kari"))
                .hasStatus(404);
        // an application found under another call's address is not found either
        CallSummary second = fixtures.openCall(s, "Andre", 1000);
        assertThat(mvc.get()
                        .uri("/projects/funds/" + second.id() + "/applications/" + a.id())
                        .with(as(s.world().coordinator())))
                .hasStatus(404);
        assertThat(funds.application(s.id(), a.id()).decision()).isEqualTo(Decision.PENDING);
        assertThat(funds.call(s.id(), call.id()).status()).isEqualTo(CallStatus.OPEN);
    }
}
