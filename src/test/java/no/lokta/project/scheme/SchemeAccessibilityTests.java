package no.lokta.project.scheme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
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
 * axe-core over the grant scheme pages in both languages: the coordinator's list, a scheme, the
 * form (also with its field messages) and the municipality contact's list, in a collaboration of
 * the test's own.
 */
@LoktaTest
class SchemeAccessibilityTests {

    private static final String DEMO_PASSWORD = "lokta-demo-2026";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SchemeWorld worlds;

    @Autowired
    SchemeManagement schemes;

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
    void theSchemePages() {
        var s = worlds.create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = "koordinator.ordning-" + suffix + "@example.org";
        String contact = "kontakt.ordning-" + suffix + "@example.org";
        people.grant(
                people.createAccount(coordinator, "Kari Koordinator", DEMO_PASSWORD), s.id(), Role.COORDINATOR, null);
        people.grant(
                people.createAccount(contact, "Kåre Kontakt", DEMO_PASSWORD),
                s.id(),
                Role.MUNICIPALITY_CONTACT,
                s.bardu());
        LocalDate today = schemes.today();
        GrantSchemeSummary open = schemes.create(
                s.id(), SchemeWorld.scheme("Kompetanse- og innovasjonstilskuddet", today.plusDays(30), Set.of()));
        GrantSchemeSummary past = schemes.create(
                s.id(), SchemeWorld.scheme("Tilskudd til læringsnettverk", today.minusDays(2), Set.of(s.bardu())));
        schemes.publish(s.id(), open.id());
        schemes.publish(s.id(), past.id());
        schemes.create(
                s.id(),
                SchemeWorld.scheme(
                        "Utkast til ordning",
                        today.plusDays(90),
                        Set.of(s.malselv().id())));

        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), coordinator);
            page.navigate(url("/projects/schemes?lang=nb"));
            assertThat(page.locator("main table")).containsText("Utkast til ordning");
            browser.assertAccessible(page);
            browser.screenshot(page, "90-project-schemes");
            page.navigate(url("/projects/schemes?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/schemes/" + past.id() + "?lang=nb"));
            assertThat(page.locator("main")).containsText("Fristen er ute");
            browser.assertAccessible(page);
            page.navigate(url("/projects/schemes/" + past.id() + "?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/schemes/new?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/schemes/new?lang=nb"));
            browser.assertAccessible(page);
            // a bad address and no name: field messages, nothing saved
            page.getByLabel("Lenke til ordningen").fill("javascript:alert(1)");
            page.evaluate("document.querySelector('form.form-stack').noValidate = true");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary"))
                    .containsText("Skriv en nettadresse som begynner med https:// eller http://.");
            browser.assertAccessible(page);
            browser.screenshot(page, "91-project-scheme-refused");
            page.navigate(url("/projects/schemes/" + open.id() + "/edit?lang=nb"));
            browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), contact);
            page.navigate(url("/projects/schemes?lang=nb"));
            assertThat(page.locator("main table")).containsText("Kompetanse- og innovasjonstilskuddet");
            browser.assertAccessible(page);
            browser.screenshot(page, "92-project-schemes-contact");
            page.navigate(url("/projects/schemes?lang=en"));
            browser.assertAccessible(page);
            page.navigate(url("/projects/schemes/" + open.id() + "?lang=nb"));
            browser.assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(worlds.schemeRows(s.id())).isEqualTo(3);
    }
}
