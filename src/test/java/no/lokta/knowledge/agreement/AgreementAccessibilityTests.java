package no.lokta.knowledge.agreement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
 * axe-core over every agreement page in both languages, on a desktop and on a phone (where the
 * matrix scrolls in its own region), with a refused form, for the coordinator and for a
 * municipality contact, in a collaboration of the test's own.
 */
@LoktaTest
class AgreementAccessibilityTests {

    private static final String DEMO_PASSWORD = "lokta-demo-2026";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AgreementWorld worlds;

    @Autowired
    AgreementManagement agreements;

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
    void theAgreementPages() {
        var s = worlds.create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = "koordinator.avtale-" + suffix + "@example.org";
        String contact = "kontakt.avtale-" + suffix + "@example.org";
        people.grant(
                people.createAccount(coordinator, "Kari Koordinator", DEMO_PASSWORD), s.id(), Role.COORDINATOR, null);
        people.grant(
                people.createAccount(contact, "Kåre Kontakt", DEMO_PASSWORD),
                s.id(),
                Role.MUNICIPALITY_CONTACT,
                s.bardu());
        LocalDate today = agreements.today();
        AgreementSummary agreement = worlds.agreement(
                s, "Samarbeidsavtale UNN og Midt-Troms", s.bardu(), s.malselv().id());
        SubAgreementSummary current = worlds.part(s, agreement, 1);
        worlds.version(s, agreement, current, 1, today.minusYears(1), today.plusYears(3));
        SubAgreementSummary due = worlds.part(s, agreement, 3);
        VersionSummary dueVersion = worlds.version(s, agreement, due, 1, today.minusYears(4), today.minusDays(3));
        String base = "/knowledge/agreements/" + agreement.id();
        List<String> pages = List.of(
                "/knowledge/agreements",
                "/knowledge/agreements/matrix",
                "/knowledge/agreements/matrix?date=2022-07-31",
                "/knowledge/agreements/new",
                base,
                base + "/edit",
                base + "/parts/new",
                base + "/parts/" + current.id(),
                base + "/parts/" + due.id() + "/versions/new",
                base + "/parts/" + due.id() + "/versions/" + dueVersion.id());

        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), coordinator);
            for (String path : pages) {
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                    assertThat(page.locator("h1")).isVisible();
                    browser.assertAccessible(page);
                }
            }
            page.navigate(url("/knowledge/agreements/matrix?lang=nb"));
            assertThat(page.locator("main table")).containsText("Revisjon forfaller");
            browser.screenshot(page, "k40-agreement-matrix");
            page.navigate(url(base + "?lang=nb"));
            browser.screenshot(page, "k41-agreement");
            // a revision before the signed date: field message, nothing saved
            page.navigate(url(base + "/parts/" + due.id() + "/versions/new?lang=nb"));
            page.getByLabel("Signert dato").fill("2025-05-01");
            page.getByLabel("Revideres innen").fill("2025-04-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary"))
                    .containsText("Revisjonsdatoen kan ikke være før datoen avtalen ble signert.");
            browser.assertAccessible(page);
            browser.screenshot(page, "k42-agreement-version-refused");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), coordinator);
            for (String path : List.of("/knowledge/agreements", "/knowledge/agreements/matrix", base)) {
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url(path + "?lang=" + lang));
                    browser.assertAccessible(page);
                }
            }
            page.navigate(url("/knowledge/agreements/matrix?lang=nb"));
            browser.screenshot(page, "k43-agreement-matrix-phone");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), contact);
            for (String path : List.of("/knowledge/agreements", "/knowledge/agreements/matrix", base)) {
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url(path + "?lang=" + lang));
                    assertThat(page.locator("h1")).isVisible();
                    browser.assertAccessible(page);
                }
            }
            page.navigate(url("/knowledge/agreements/matrix?lang=nb"));
            assertThat(page.locator("main table")).containsText("Bardu");
            assertThat(page.locator("main table")).not().containsText("Målselv");
            browser.screenshot(page, "k44-agreement-matrix-contact");
        }
        org.assertj.core.api.Assertions.assertThat(worlds.rows(s.id())).isEqualTo(2 + 2 + 2 + 1);
    }
}
