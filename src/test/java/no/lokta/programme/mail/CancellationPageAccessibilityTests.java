package no.lokta.programme.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.Map;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core over the cancellation page, in bokmål and English, before and after cancelling. */
@LoktaTest
class CancellationPageAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    CancellationLinks links;

    @Autowired
    TestWorld worlds;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theCancellationPageIsAccessibleInBothLanguages() {
        var world = worlds.create();
        ActivitySummary activity = programme.createActivity(
                world.id(),
                MailFixtures.activity(
                        "Kurs i samtaleteknikk", 5, Map.of(), null, false, null, ActivityStatus.PUBLISHED));
        RegistrationSummary nb = programme.register(
                new RegistrationCommand(activity.id(), null, "Ola Nordmann", "ola-a11y@example.org", null));
        RegistrationSummary en = programme.register(
                new RegistrationCommand(activity.id(), null, "Jane Doe", "jane-a11y@example.org", null));

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(links.url(nb).toString().replace("http://localhost:8080", "http://localhost:" + port));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Meld deg av");
            browser.assertAccessible(page);
            browser.screenshot(page, "70-programme-cancel");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg av"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er nå meldt av");
            browser.assertAccessible(page);
            browser.screenshot(page, "71-programme-cancelled");

            page.navigate(
                    links.url(en).toString().replace("http://localhost:8080", "http://localhost:" + port) + "&lang=en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Cancel your registration");
            browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your registration is cancelled");
            browser.assertAccessible(page);
        }
    }
}
