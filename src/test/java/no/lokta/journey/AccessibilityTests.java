package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core over every page of the release, signed out and as the demo coordinator, in both languages. */
@LoktaTest
class AccessibilityTests {

    private static final List<String> COORDINATOR_PAGES = List.of(
            "/organisations/new",
            "/members/merger",
            "/population/import",
            "/collaborations",
            "/collaborations/new",
            "/collaborations/current/edit",
            "/cost-share/rule",
            "/cost-share/budgets",
            "/cost-share?year=2024",
            "/admin",
            "/admin/people",
            "/admin/audit",
            "/admin/outbox",
            "/account",
            "/account/tokens");

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
    void signedOutPages() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            for (String path : List.of("/password/forgot", "/password/reset?token=forged", "/login?lang=en")) {
                page.navigate(url(path));
                browser.assertAccessible(page);
            }
            page.navigate(url("/password/forgot?lang=nb"));
            browser.screenshot(page, "20-password-forgot");
        }
    }

    @Test
    void municipalityContactSeesOwnCosts() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "kommunekontakt@lokta.no");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Våre kostnader"))
                    .click();
            assertThat(page.locator("table")).containsText("2019");
            browser.assertAccessible(page);
            browser.screenshot(page, "40-contact-own-costs");
        }
    }

    @Test
    void coordinatorPagesInBothLanguages() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            assertThat(page.locator(".site-brand__collaboration")).hasText("LØKTA");
            int n = 21;
            for (String path : COORDINATOR_PAGES) {
                page.navigate(url(path));
                browser.assertAccessible(page);
                browser.screenshot(page, n++ + path.replaceAll("[^a-z0-9]+", "-"));
            }
            page.navigate(url("/admin/audit?lang=en"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Audit log");
            for (String path : COORDINATOR_PAGES) {
                page.navigate(url(path));
                browser.assertAccessible(page);
            }
        }
    }
}
