package no.lokta.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core over the programme pages: the public ones signed out, the coordinator's signed in. */
@LoktaTest
class ProgrammePagesAccessibilityTests {

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

    @Test
    void publicProgrammeSignedOut() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/programme"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Kompetanseprogrammet");
            browser.assertAccessible(page);
            browser.screenshot(page, "60-programme");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fellessamling i demensomsorg"))
                    .click();
            assertThat(page.locator("#register")).containsText("Logg inn");
            assertThat(page.locator("dl")).containsText("5 plasser for Bardu til 15.02.2027");
            browser.assertAccessible(page);
            browser.screenshot(page, "61-programme-activity");
        }
    }

    @Test
    void coordinatorManagesTheProgramme() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/programme/manage"));
            assertThat(page.locator("table")).containsText("Pårørendeskole: demens");
            browser.assertAccessible(page);
            browser.screenshot(page, "62-programme-manage");
            page.navigate(url("/programme/manage/new"));
            browser.assertAccessible(page);
            browser.screenshot(page, "63-programme-new");
            // registers for the relatives' school and cancels again, so the demo data stays as it was
            page.navigate(url("/programme"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pårørendeskole: demens"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg på"))
                    .click();
            assertThat(page.locator("#register")).containsText("Du er påmeldt.");
            browser.assertAccessible(page);
            browser.screenshot(page, "64-programme-registered");
            page.navigate(url("/programme/manage"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Pårørendeskole: demens")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("table")).containsText("Påmeldt");
            browser.assertAccessible(page);
            browser.screenshot(page, "65-programme-registrations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld av Kari Nordmo"))
                    .click();
            assertThat(page.locator("table")).containsText("Avmeldt");
            browser.assertAccessible(page);
        }
    }
}
