package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The programme issue's "done when", through the browser: a coordinator creates a course with two
 * seats, two people take them, a third is waitlisted, one cancels and the third is promoted (the
 * mail arrives), attendance is ticked on the check-list and the certificate PDF downloads. axe-core
 * runs on every page visited; screenshots go to target/screenshots.
 */
@LoktaTest
class ProgrammeJourneyTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static Browser browser;

    @LocalServerPort
    int port;

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

    @Test
    void fromANewCourseToACertificate() throws Exception {
        String title =
                "Kurs i lindrende behandling " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now().plusDays(14);
        String activityPath;

        try (BrowserContext coordinator = browser.context(false)) {
            Page page = coordinator.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/programme/manage"));
            look(page, "p01-manage-programme");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny aktivitet"))
                    .click();
            look(page, "p02-new-activity");

            // bad input first: end before start and a negative capacity are refused field by field
            page.getByLabel("Tittel").fill(title);
            page.getByLabel("Type aktivitet")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kurs"));
            page.locator("#session0StartsAt").fill(day + "T12:00");
            page.locator("#session0EndsAt").fill(day + "T09:00");
            page.locator("#session0Place").fill("Bardu rådhus");
            page.getByLabel("Antall plasser").fill("-2");
            page.getByLabel("Timer på kursbeviset").fill("6");
            page.getByLabel("Status")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Publisert"));
            save(page);
            assertThat(page.locator("main")).containsText("Rett opp dette før du går videre");
            assertThat(page.locator("#capacity")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#session0EndsAt")).hasAttribute("aria-invalid", "true");
            look(page, "p03-new-activity-refused");

            page.locator("#session0StartsAt").fill(day + "T09:00");
            page.locator("#session0EndsAt").fill(day + "T15:00");
            page.getByLabel("Antall plasser").fill("2");
            save(page);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Påmeldte til " + title);
            look(page, "p04-course-created");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se den offentlige siden"))
                    .click();
            activityPath = page.url().substring(url("").length());
            assertThat(page.locator("main")).containsText("2 av 2");
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Abonner på aktiviteten i kalenderen (iCal)")))
                    .hasAttribute("href", activityPath + "/calendar.ics");
            look(page, "p05-course-public");
        }

        register("deltaker@lokta.no", activityPath, "Du er påmeldt.", "p06-first-registered");
        register("ressurs@lokta.no", activityPath, "Du er påmeldt.", "p07-second-registered");
        register(
                "kommunekontakt@lokta.no",
                activityPath,
                "Aktiviteten er full. Du står på ventelisten.",
                "p08-third-waitlisted");

        try (BrowserContext first = browser.context(true)) {
            Page page = first.newPage();
            browser.signIn(page, url(""), "deltaker@lokta.no");
            page.navigate(url(activityPath));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld av"))
                    .click();
            assertThat(page.locator("main")).containsText("Påmeldingen er avmeldt.");
            look(page, "p09-first-cancelled-phone");
        }

        awaitMail("kommunekontakt@lokta.no", "Du har fått plass: " + title);

        try (BrowserContext coordinator = browser.context(true)) {
            Page page = coordinator.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/programme/manage"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(title).setExact(true))
                    .click();
            assertThat(page.locator("table").first()).containsText("Knut Bakken");
            look(page, "p10-registrations-after-promotion");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppmøte, kursbevis og evaluering"))
                    .click();
            look(page, "p11-attendance-overview");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samling 1:"))
                    .click();
            look(page, "p12-attendance-checklist-phone");
            page.getByLabel("Rita Solheim").check();
            page.getByLabel("Knut Bakken").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppmøte"))
                    .click();
            assertThat(page.locator("#attendance-counts")).containsText("Til stede: 2.");
            look(page, "p13-attendance-ticked");
        }

        try (BrowserContext participant = browser.context(false)) {
            Page page = participant.newPage();
            browser.signIn(page, url(""), "ressurs@lokta.no");
            page.navigate(url("/programme/mine"));
            look(page, "p14-my-activities");
            Locator certificate = page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName("Kursbevis for " + title + " (PDF)"));
            Download pdf = page.waitForDownload(certificate::click);
            Path file = Files.createTempFile("kursbevis", ".pdf");
            pdf.saveAs(file);
            assertThat(Files.readAllBytes(file)).startsWith('%', 'P', 'D', 'F');
            assertThat(Files.size(file)).isGreaterThan(1000);
        }
    }

    private void register(String email, String activityPath, String outcome, String screenshot) {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), email);
            page.navigate(url(activityPath));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg på"))
                    .click();
            assertThat(page.locator("main")).containsText(outcome);
            look(page, screenshot);
        }
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
    }

    private static void awaitMail(String recipient, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (subject.equals(m.getSubject()) && isTo(m, recipient)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + recipient);
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
