package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge issue's journey in Helsedialog, through the browser: Helsedialogforum with its
 * composition, a new member, a meeting whose notice is mailed, minutes with attendance and a
 * numbered decision mailed to the members; then a search in the good examples and the agreements'
 * coverage matrix. axe-core runs on every page visited; screenshots go to target/screenshots (k0…).
 */
@LoktaTest
class KnowledgeJourneyTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberManagement members;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void look(Page page, String screenshot) {
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot);
    }

    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    private long mails(String subjectStart) {
        UUID helsedialog =
                members.collaborationNamed("Helsedialog").orElseThrow().id();
        return jdbc.sql("select count(*) from platform.mail_outbox where collaboration_id = ? and subject like ?")
                .params(helsedialog, subjectStart + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void fromAForumMeetingToMinutesThenExamplesAndAgreements() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Høstmøte " + suffix;
        String email = "gro." + suffix + "@example.org";
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(3);
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "helsedialog@lokta.no");

            // the forum and its composition as the source gives it
            page.navigate(url("/knowledge/fora"));
            look(page, "k01-fora");
            click(page, AriaRole.LINK, "Helsedialogforum");
            assertThat(page.locator("main")).containsText("17 plasser");
            assertThat(page.locator("main")).containsText("av dem: Fastleger");
            look(page, "k02-forum");

            // a new member from a hospital trust, with an address for the notices
            click(page, AriaRole.LINK, "Nytt medlem");
            field(page, "Gruppe").selectOption(new SelectOption().setLabel("Helseforetak"));
            field(page, "Navn").fill("Gro Testesen");
            field(page, "E-post (for innkalling og referat)").fill(email);
            look(page, "k03-member");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("main")).containsText("Gro Testesen");

            // a meeting, its notice mailed to the members with an address
            click(page, AriaRole.LINK, "Nytt møte");
            field(page, "Tittel").fill(title);
            field(page, "Dato").fill(day.toString());
            field(page, "Sted").fill("Kristiansand");
            field(page, "Saksliste").fill("1. Dialogkonferansene\n2. Praksiskonsulentordningen");
            look(page, "k04-meeting-form");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("h1")).hasText(title);
            click(page, AriaRole.BUTTON, "Send innkalling med saksliste til medlemmene");
            assertThat(page.locator("main")).containsText("Sendt til 1 medlemmer");
            assertThat(mails("Innkalling: Helsedialogforum, " + title)).isEqualTo(1);

            // minutes with attendance, and a numbered decision
            page.getByLabel("Gro Testesen (Helseforetak)").check();
            page.getByRole(
                            AriaRole.TEXTBOX,
                            new Page.GetByRoleOptions().setName("Referat").setExact(true))
                    .fill("Forumet drøftet erfaringene fra dialogkonferansene.");
            click(page, AriaRole.BUTTON, "Lagre referat og oppmøte");
            click(page, AriaRole.LINK, "Nytt vedtak");
            page.getByRole(
                            AriaRole.TEXTBOX,
                            new Page.GetByRoleOptions().setName("Vedtak").setExact(true))
                    .fill("Erfaringene samles i en rapport til eierne.");
            field(page, "Ansvarlig").fill("Sekretariatet");
            field(page, "Frist").fill(day.plusMonths(2).toString());
            look(page, "k05-decision");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("main")).containsText("Sak 1/" + day.getYear());
            click(page, AriaRole.BUTTON, "Send referatet med vedtakene til medlemmene");
            assertThat(page.locator("main")).containsText("Sendt til 1 medlemmer");
            assertThat(mails("Referat: Helsedialogforum, " + title)).isEqualTo(1);
            look(page, "k06-minutes");

            // the good examples: a search finds other forms of the word
            page.navigate(url("/knowledge/examples"));
            field(page, "Søk i eksemplene").fill("pårørende demens");
            click(page, AriaRole.BUTTON, "Søk");
            assertThat(page.locator("main")).containsText("Mestringskurs for pårørende til personer med demens");
            look(page, "k07-example-search");
            click(page, AriaRole.LINK, "Mestringskurs for pårørende til personer med demens");
            assertThat(page.locator("h1")).hasText("Mestringskurs for pårørende til personer med demens");
            look(page, "k08-example");

            // the agreements' coverage matrix
            page.navigate(url("/knowledge/agreements/matrix"));
            assertThat(page.locator("main")).containsText("Gjeldende");
            assertThat(page.locator("main")).containsText("Revisjon forfaller");
            assertThat(page.locator("main")).containsText("Mangler");
            look(page, "k09-agreement-matrix");
        }
        // the public library needs no sign-in
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/knowledge/examples?q=diabetes"));
            assertThat(page.locator("main")).containsText("Felles lærings- og mestringssenter for diabetes");
            look(page, "k10-public-library-phone");
        }
    }

    /**
     * A consultation from the coordinator to a member and back: registered, input from
     * Kristiansand's contact, the joint response drafted, approved and recorded as sent; then a
     * document uploaded for the forum and given a second version.
     */
    @Test
    void aConsultationFromInputToSubmittedResponseThenADocumentWithVersions() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Høring om legevakt " + suffix;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        try (BrowserContext coordinatorContext = browser.context(false);
                BrowserContext contactContext = browser.context(false)) {
            Page coordinator = coordinatorContext.newPage();
            browser.signIn(coordinator, url(""), "helsedialog@lokta.no");
            coordinator.navigate(url("/knowledge/consultations"));
            click(coordinator, AriaRole.LINK, "Ny høring");
            field(coordinator, "Tittel").fill(title);
            field(coordinator, "Høringsinstans").fill("Helsedirektoratet");
            field(coordinator, "Mottatt").fill(today.toString());
            field(coordinator, "Frist for innspill").fill(today.plusWeeks(2).toString());
            field(coordinator, "Høringsfrist").fill(today.plusWeeks(4).toString());
            look(coordinator, "k11-consultation-form");
            click(coordinator, AriaRole.BUTTON, "Lagre");
            assertThat(coordinator.locator("h1")).hasText(title);
            String address = coordinator.url();

            // the member's contact gives Kristiansand's input
            Page contact = contactContext.newPage();
            browser.signIn(contact, url(""), "kontakt.kristiansand@helsedialog.no");
            contact.navigate(address);
            click(contact, AriaRole.LINK, "Gi innspill");
            field(contact, "Innspill").fill("Interkommunal legevakt bør vurderes for de minste kommunene.");
            look(contact, "k12-consultation-input");
            click(contact, AriaRole.BUTTON, "Send innspill");
            assertThat(contact.locator("main")).containsText("Interkommunal legevakt bør vurderes");

            // the coordinator sees it, writes the joint response, approves it and records it as sent
            coordinator.reload();
            assertThat(coordinator.locator("main")).containsText("Innspill fra medlemmene: 1");
            click(coordinator, AriaRole.BUTTON, "Avslutt innspill og skriv svar");
            click(coordinator, AriaRole.LINK, "Skriv svar");
            field(coordinator, "Svar").fill("Helsedialog støtter forslaget, med vekt på de minste kommunenes behov.");
            click(coordinator, AriaRole.BUTTON, "Lagre utkastet");
            click(coordinator, AriaRole.BUTTON, "Godkjenn svaret");
            click(coordinator, AriaRole.LINK, "Registrer at svaret er sendt");
            field(coordinator, "Dato sendt").fill(today.toString());
            click(coordinator, AriaRole.BUTTON, "Registrer som sendt");
            assertThat(coordinator.locator("main")).containsText("Svar sendt");
            look(coordinator, "k13-consultation-submitted");

            // the contact now reads the joint response
            contact.reload();
            assertThat(contact.locator("main")).containsText("Helsedialog støtter forslaget");

            // a document for the forum, then its second version
            coordinator.navigate(url("/knowledge/documents"));
            click(coordinator, AriaRole.LINK, "Last opp dokument");
            field(coordinator, "Tittel").fill("Årsplan " + suffix);
            coordinator
                    .getByLabel("Helsedialogforum", new Page.GetByLabelOptions().setExact(true))
                    .first()
                    .check();
            coordinator
                    .locator("#file")
                    .setInputFiles(new FilePayload(
                            "arsplan.txt", "text/plain", "Årsplan, første utkast".getBytes(StandardCharsets.UTF_8)));
            look(coordinator, "k14-document-upload");
            click(coordinator, AriaRole.BUTTON, "Last opp");
            assertThat(coordinator.locator("h1")).hasText("Årsplan " + suffix);
            click(coordinator, AriaRole.LINK, "Last opp ny versjon");
            coordinator
                    .locator("#file")
                    .setInputFiles(new FilePayload(
                            "arsplan-2.txt", "text/plain", "Årsplan, vedtatt".getBytes(StandardCharsets.UTF_8)));
            field(coordinator, "Endringsnotat").fill("Vedtatt i forumet");
            click(coordinator, AriaRole.BUTTON, "Last opp");
            assertThat(coordinator.locator("main")).containsText("Versjoner: 2");
            assertThat(coordinator.locator("main")).containsText("Vedtatt i forumet");
            look(coordinator, "k15-document-versions");
        }
    }
}
