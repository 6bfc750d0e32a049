package no.lokta.project.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the deadline calendar, the year wheel and the year-wheel form, in both languages,
 * on a desktop and on a phone: a fresh collaboration with a deadline of every kind (overdue ones
 * too), and the demo coordinator's year wheel. The form also with its field messages; a refused
 * item is not saved.
 */
@LoktaTest
class CalendarAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CalendarWorld worlds;

    @Autowired
    CalendarManagement calendar;

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
        page.navigate(url("/login"));
        page.getByLabel("E-post").fill(email);
        page.getByLabel("Passord").fill(TestWorld.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    /** Checks the page in English, then in bokmål, and leaves it in bokmål. */
    private void bothLanguages(Page page, String path, String screenshot) {
        String glue = path.contains("?") ? "&" : "?";
        page.navigate(url(path + glue + "lang=en"));
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot + "-en");
        page.navigate(url(path + glue + "lang=nb"));
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot);
    }

    @Test
    void theCalendarAndTheYearWheel() {
        var s = worlds.create();
        int late = s.lateDuty().dueOn().getYear();
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page p = context.newPage();
                String suffix = phone ? "-phone" : "";
                signIn(p, s.world().coordinator().email());
                bothLanguages(p, "/projects/calendar?year=" + late, "120-project-calendar" + suffix);
                assertThat(p.locator("main")).containsText("Forfalt!");
                bothLanguages(
                        p, "/projects/calendar?year=" + CalendarWorld.YEAR, "121-project-calendar-future" + suffix);
                assertThat(p.locator("main")).containsText("Kompetanse og innovasjon (Helsedirektoratet)");
                bothLanguages(p, "/projects/calendar/wheel?year=" + CalendarWorld.YEAR, "122-project-wheel" + suffix);
                assertThat(p.getByRole(
                                AriaRole.IMG, new Page.GetByRoleOptions().setName("Årshjul for " + CalendarWorld.YEAR)))
                        .isVisible();
                bothLanguages(p, "/projects/calendar/wheel/new", "123-project-wheel-new" + suffix);
                bothLanguages(p, "/projects/calendar/wheel/" + s.budget().id(), "124-project-wheel-edit" + suffix);
            }
        }
        try (BrowserContext context = browser.context(false)) {
            Page p = context.newPage();
            signIn(p, s.world().coordinator().email());
            // a day April does not have and an empty title are refused with field messages
            p.navigate(url("/projects/calendar/wheel/new?lang=nb"));
            p.getByLabel("Måned").selectOption("4");
            p.getByLabel("Dag (valgfritt)").fill("31");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(p.locator(".ds-error-summary")).containsText("Dagen må være fra 1 til 30 i denne måneden.");
            assertThat(p.locator(".ds-error-summary")).containsText("Må fylles ut.");
            browser.assertAccessible(p);
            browser.screenshot(p, "125-project-wheel-refused");
            // the new address of the feed, shown once
            p.navigate(url("/projects/calendar?lang=nb"));
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag kalenderadresse"))
                    .click();
            assertThat(p.getByLabel("Kalenderadresse"))
                    .hasValue(java.util.regex.Pattern.compile(".*/projects/calendar/feed/.*\\.ics"));
            browser.assertAccessible(p);
        }
        org.assertj.core.api.Assertions.assertThat(calendar.wheel(s.id())).hasSize(2);
    }

    @Test
    void theDemoCoordinatorsYearWheel() {
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page p = context.newPage();
                browser.signIn(p, url(""), "koordinator@lokta.no");
                bothLanguages(p, "/projects/calendar/wheel", "126-project-wheel-demo" + (phone ? "-phone" : ""));
                assertThat(p.locator("main table")).containsText("Budsjettforslag");
                bothLanguages(p, "/projects/calendar", "127-project-calendar-demo" + (phone ? "-phone" : ""));
            }
        }
    }
}
