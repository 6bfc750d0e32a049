package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done when", as a new user would do it: sign in as the demo coordinator, see the
 * members of 2019 (8) and 2024 (5), compute the 2019 split, download the PDF and the XLSX; with
 * axe-core on every page visited and screenshots of each.
 */
@LoktaTest
class CoordinatorJourneyTests {

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

    private void signIn(Page page, String email) {
        browser.signIn(page, url(""), email);
    }

    @Test
    void coordinatorSeesMembersAndSharesTheCosts() throws IOException {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            browser.assertAccessible(page);
            browser.screenshot(page, "01-front-page");

            page.navigate(url("/login"));
            browser.assertAccessible(page);
            browser.screenshot(page, "02-sign-in");
            signIn(page, "koordinator@lokta.no");
            assertThat(page.locator(".site-brand__collaboration")).hasText("LØKTA");
            browser.assertAccessible(page);
            browser.screenshot(page, "03-overview");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Medlemmer").setExact(true))
                    .first()
                    .click();
            page.getByLabel("Medlemmer per dato").fill("2019-06-30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .hasText("8 medlemskommuner per 30.06.2019");
            browser.assertAccessible(page);
            browser.screenshot(page, "04-members-2019");

            page.getByLabel("Medlemmer per dato").fill("2024-06-30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .hasText("5 medlemskommuner per 30.06.2024");
            browser.assertAccessible(page);
            browser.screenshot(page, "05-members-2024");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medlemskap over tid"))
                    .click();
            browser.assertAccessible(page);
            browser.screenshot(page, "06-membership-timeline");

            page.navigate(url("/organisations"));
            browser.assertAccessible(page);
            browser.screenshot(page, "07-organisations");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Senja"))
                    .click();
            browser.assertAccessible(page);
            browser.screenshot(page, "08-organisation-senja");

            page.navigate(url("/population?year=2019"));
            browser.assertAccessible(page);
            browser.screenshot(page, "09-population-2019");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kostnadsfordeling"))
                    .first()
                    .click();
            browser.assertAccessible(page);
            browser.screenshot(page, "10-cost-share");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("2019").setExact(true))
                    .click();
            assertThat(page.getByLabel("Budsjettår")).hasValue("2019");
            assertThat(page.locator("table").first()).containsText("Lenvik");
            assertThat(page.locator("table").first()).containsText("Tranøy");
            browser.assertAccessible(page);
            browser.screenshot(page, "11-cost-share-2019");

            Download xlsx = page.waitForDownload(() -> page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som Excel (XLSX)"))
                    .first()
                    .click());
            Path xlsxFile = Files.createTempFile("cost-share", ".xlsx");
            xlsx.saveAs(xlsxFile);
            assertThat(Files.readAllBytes(xlsxFile)).startsWith('P', 'K');

            Download pdf = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF for Lenvik"))
                            .click());
            Path pdfFile = Files.createTempFile("invoice", ".pdf");
            pdf.saveAs(pdfFile);
            assertThat(Files.readAllBytes(pdfFile)).startsWith('%', 'P', 'D', 'F');
        }
    }

    @Test
    void aSecondCollaborationIsKeptApart() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            signIn(page, "koordinator@lokta.no");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine samarbeid"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start et nytt samarbeid"))
                    .click();
            String name = "Samarbeid " + java.util.UUID.randomUUID().toString().substring(0, 6);
            page.getByLabel("Navn").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start samarbeidet"))
                    .click();
            assertThat(page.locator(".site-brand__collaboration")).hasText(name);
            page.navigate(url("/members?date=2019-06-30"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .hasText("0 medlemskommuner per 30.06.2019");
            browser.screenshot(page, "15-second-collaboration-members");
            page.navigate(url("/collaborations"));
            browser.assertAccessible(page);
            browser.screenshot(page, "16-my-collaborations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt til LØKTA"))
                    .click();
            assertThat(page.locator(".site-brand__collaboration")).hasText("LØKTA");
        }
    }

    @Test
    void pagesWorkOnAPhone() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            signIn(page, "koordinator@lokta.no");
            page.navigate(url("/members?date=2019-06-30"));
            browser.assertAccessible(page);
            browser.screenshot(page, "12-phone-members");
            assertThat(page.locator("body").evaluate("b => b.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling of the page")
                    .isEqualTo(true);
        }
    }

    @Test
    void errorPagesAreFriendlyInBothLanguages() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            signIn(page, "deltaker@lokta.no");
            page.navigate(url("/population"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Ingen tilgang");
            browser.assertAccessible(page);
            browser.screenshot(page, "13-error-403");
            page.navigate(url("/organisations/00000000-0000-0000-0000-000000000000?lang=en"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Page not found");
            browser.assertAccessible(page);
            browser.screenshot(page, "14-error-404-en");
            page.navigate(url("/no-such-page?lang=nb"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Fant ikke siden");
            assertThat(page.locator("body")).not().containsText("Exception");
            browser.assertAccessible(page);
        }
    }
}
