package no.lokta.project.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the pages of requests for help in both languages: the list, a request with its
 * handling and time log (also with field messages), the report with its chart, and the municipality
 * contact's form, in a collaboration of the test's own.
 */
@LoktaTest
class HelpAccessibilityTests {

    private static final String DEMO_PASSWORD = "lokta-demo-2026";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    HelpWorld worlds;

    @Autowired
    HelpManagement help;

    @Autowired
    PeopleManagement people;

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
    void theHelpPages() {
        var s = worlds.create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = "koordinator.hjelp-" + suffix + "@example.org";
        String contact = "kontakt.hjelp-" + suffix + "@example.org";
        people.grant(
                people.createAccount(coordinator, "Kari Koordinator", DEMO_PASSWORD), s.id(), Role.COORDINATOR, null);
        people.grant(
                people.createAccount(contact, "Kåre Kontakt", DEMO_PASSWORD),
                s.id(),
                Role.MUNICIPALITY_CONTACT,
                s.bardu());
        HelpRequestSummary plan =
                help.submit(s.id(), HelpWorld.request(s.bardu(), "Kompetanseplan for helse og omsorg"));
        help.submit(s.id(), HelpWorld.request(s.malselv().id(), "Søknad om prosjektmidler"));
        help.handle(s.id(), plan.id(), new HandlingCommand(HelpStatus.DONE, "Planen er ferdig."));
        help.logTime(s.id(), plan.id(), new TimeEntryCommand(help.today(), new BigDecimal("2.5"), "Arbeidsmøte"), "K");

        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), coordinator);
            page.navigate(url("/projects/help?lang=nb"));
            assertThat(page.locator("main table")).containsText("Søknad om prosjektmidler");
            browser.assertAccessible(page);
            browser.screenshot(page, "93-project-help");
            page.navigate(url("/projects/help?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/help/" + plan.id() + "?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/help/" + plan.id() + "?lang=nb"));
            assertThat(page.locator("main")).containsText("Arbeidsmøte");
            browser.assertAccessible(page);
            browser.screenshot(page, "94-project-help-request");
            // negative hours: a field message, nothing logged
            page.getByLabel("Timer (for eksempel 1,5)").fill("-2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Før timene"))
                    .click();
            assertThat(page.locator("#hours-error")).containsText("Timer kan ikke være negative.");
            browser.assertAccessible(page);
            page.navigate(url("/projects/help/new?lang=nb"));
            browser.assertAccessible(page);
            int year = help.today().getYear();
            page.navigate(url("/projects/help/report?lang=nb&year=" + year));
            assertThat(page.locator("main svg")).isVisible();
            browser.assertAccessible(page);
            browser.screenshot(page, "95-project-help-report");
            page.navigate(url("/projects/help/report?lang=en&year=" + year));
            browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), contact);
            page.navigate(url("/projects/help/new?lang=nb"));
            browser.assertAccessible(page);
            browser.screenshot(page, "96-project-help-new");
            page.navigate(url("/projects/help/new?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/help?lang=nb"));
            assertThat(page.locator("main table")).containsText("Kompetanseplan for helse og omsorg");
            assertThat(page.locator("main")).not().containsText("Søknad om prosjektmidler");
            browser.assertAccessible(page);
            page.navigate(url("/projects/help/" + plan.id() + "?lang=nb"));
            browser.assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(worlds.timeRows(s.id())).isOne();
    }
}
