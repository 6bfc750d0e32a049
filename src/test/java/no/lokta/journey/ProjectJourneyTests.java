package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.work.ProjectManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The projects issue's "done when", through the browser, in Værnesregionen: the pilot's funding
 * plan with 2011 flagged, then a new project, its funding plan, an application that is granted and
 * the reporting duty that comes with it, whose reminder mail arrives. axe-core runs on every page
 * visited; screenshots go to target/screenshots (p01…).
 */
@LoktaTest
class ProjectJourneyTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    FundingManagement funding;

    @Autowired
    ProjectManagement projects;

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

    @Test
    void fromAProjectToAReportingReminder() throws Exception {
        String name = "Felles legevakt " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = funding.today();
        LocalDate due = today.plusDays(10);
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/collaborations"));
            click(page, AriaRole.BUTTON, "Bytt til Værnesregionen");

            // the pilot: seven subprojects, and the matching check flags 2011
            page.navigate(url("/projects"));
            assertThat(page.locator("main"))
                    .containsText("Samhandling innen helse- og omsorgstjenester i Værnesregionen");
            assertThat(page.locator("main")).containsText("Ikke oppfylt i 2011");
            look(page, "p01-projects");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Samhandling innen helse- og omsorgstjenester i Værnesregionen")
                                    .setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("main")).containsText("Folkehelse og forebyggende helsearbeid");
            assertThat(page.locator("main")).containsText("Stjørdal DMS (Stjørdal)");
            look(page, "p02-pilot");
            click(page, AriaRole.LINK, "Finansiering");
            assertThat(page.locator("main"))
                    .containsText("2011: egeninnsatsen er 1 900 000 kr, men regelen krever minst 3 200 000 kr");
            look(page, "p03-pilot-funding");
            page.navigate(url("/projects/portfolio"));
            assertThat(page.locator("svg.bar-chart")).isVisible();
            assertThat(page.locator("main")).containsText("5 100 000 kr");
            look(page, "p04-portfolio");

            // a new project; the end before the start is refused at the field first
            page.navigate(url("/projects"));
            click(page, AriaRole.LINK, "Nytt prosjekt");
            field(page, "Navn").fill(name);
            field(page, "Formål").fill("Utrede felles legevakt for de fire kommunene.");
            field(page, "Stjørdal").check();
            field(page, "Selbu").check();
            field(page, "Fase").selectOption(new SelectOption().setLabel("Forprosjekt"));
            field(page, "Startdato").fill(today.withDayOfYear(1).toString());
            field(page, "Sluttdato").fill(today.withDayOfYear(1).minusDays(1).toString());
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("#endsOn-error")).containsText("Sluttdatoen kan ikke være før startdatoen.");
            look(page, "p05-project-refused");
            field(page, "Sluttdato")
                    .fill(today.withDayOfYear(1).plusYears(1).minusDays(1).toString());
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("h1")).hasText(name);
            look(page, "p06-project");

            // the funding plan: own contribution in hours
            click(page, AriaRole.LINK, "Finansiering");
            click(page, AriaRole.LINK, "Ny linje i finansieringsplanen");
            field(page, "År").fill(Integer.toString(today.getYear()));
            field(page, "Type").selectOption(new SelectOption().setLabel("Egeninnsats, timer"));
            field(page, "Partner (for egeninnsats)").selectOption(new SelectOption().setLabel("Stjørdal"));
            field(page, "Timer (for egeninnsats i timer)").fill("200");
            field(page, "Timesats (kr)").fill("500");
            look(page, "p07-funding-line");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("#lines")).isVisible();
            assertThat(page.locator("main")).containsText("100 000 kr");

            // an application, submitted and granted
            click(page, AriaRole.LINK, "Ny søknad");
            field(page, "Tilskuddsgiver").selectOption(new SelectOption().setLabel("Helse- og omsorgsdepartementet"));
            field(page, "Ordning").fill("Samhandlingsmidler");
            field(page, "År").fill(Integer.toString(today.getYear()));
            field(page, "Søkt beløp (kr)").fill("100 000");
            field(page, "Søknadsfrist").fill(today.toString());
            click(page, AriaRole.BUTTON, "Lagre");
            click(
                    page,
                    AriaRole.BUTTON,
                    "Merk søknaden til Helse- og omsorgsdepartementet for " + today.getYear() + " som sendt");
            assertThat(page.locator("#applications")).isVisible();
            look(page, "p08-application-sent");
            click(page, AriaRole.LINK, "Registrer tilsagn");
            field(page, "Innvilget (kr)").fill("90 000");
            field(page, "Innvilget dato").fill(today.toString());
            field(page, "Vilkår").fill("Rapport om bruken av midlene.");
            look(page, "p09-grant");
            click(page, AriaRole.BUTTON, "Lagre tilsagnet");

            // the reporting duty that comes with the grant; a date before the grant is refused
            assertThat(page.locator("main")).containsText("Tilsagnet er lagret.");
            field(page, "Hva skal rapporteres").fill("Rapport om bruken av midlene");
            field(page, "Frist").fill(today.minusDays(1).toString());
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("#dueOn-error"))
                    .containsText("Fristen kan ikke være før tilsagnet ble gitt (" + DATE.format(today) + ").");
            look(page, "p10-duty-refused");
            field(page, "Frist").fill(due.toString());
            field(page, "Påminnelse (dager før fristen)").fill("14");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("main")).containsText("Ikke levert");
            assertThat(page.locator("main")).containsText("90 000 kr");
            look(page, "p11-funding-plan");

            // the report for the funder
            page.navigate(url("/projects"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(name).setExact(true))
                    .first()
                    .click();
            Download download =
                    page.waitForDownload(() -> click(page, AriaRole.LINK, "Rapport til tilskuddsgiver (PDF)"));
            assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());
        }

        // the daily reminder run finds the duty: ten days left, reminder fourteen days before
        funding.sendReminders(today);
        MimeMessage mail =
                await("koordinator@lokta.no", "Påminnelse: Rapport om bruken av midlene innen " + DATE.format(due));
        assertThat((String) mail.getContent()).contains(name, "Helse- og omsorgsdepartementet");
    }

    private static MimeMessage await(String recipient, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                var to = m.getRecipients(Message.RecipientType.TO);
                if (to != null
                        && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                        && subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient + ": " + subject);
    }
}
