package no.lokta.project.fund;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.platform.money.Nok;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the development fund pages in both languages: the list, the call form, the call
 * with its applications and figures, and an application as the coordinator (assessment and
 * decision forms) and as the municipality contact (apply form with its field messages, decision
 * and report form) see them.
 */
@LoktaTest
class FundAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    FundFixtures fixtures;

    @Autowired
    FundManagement funds;

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

    /** Checks the page in bokmål, then in English, and leaves it in bokmål. */
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
    void theCoordinatorsPages() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler 2030", 500_000);
        ApplicationSummary awarded = fixtures.apply(s, s.bardu(), call, "Frisklivssentral", 200_000);
        ApplicationSummary pending = fixtures.apply(s, s.malselv().id(), call, "Ambulant team", 150_000);
        funds.assess(s.id(), awarded.id(), new AssessmentCommand("Godt forankret.", 4));
        funds.award(
                s.id(),
                awarded.id(),
                new AwardCommand(Nok.kroner(180_000), funds.today().plusMonths(6)));
        String page = "/projects/funds/" + call.id();
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page p = context.newPage();
                String suffix = phone ? "-phone" : "";
                signIn(p, s.world().coordinator().email());
                bothLanguages(p, "/projects/funds", "90-fund-list" + suffix);
                assertThat(p.locator("main table")).containsText("Utviklingsmidler 2030");
                bothLanguages(p, "/projects/funds/new", "91-fund-call-new" + suffix);
                bothLanguages(p, page, "92-fund-call" + suffix);
                assertThat(p.locator("main")).containsText("320 000 kr");
                bothLanguages(p, page + "/edit", "93-fund-call-edit" + suffix);
                bothLanguages(p, page + "/applications/" + pending.id(), "94-fund-application-pending" + suffix);
                bothLanguages(p, page + "/applications/" + awarded.id(), "95-fund-application-awarded" + suffix);
            }
        }
        try (BrowserContext context = browser.context(false)) {
            Page p = context.newPage();
            signIn(p, s.world().coordinator().email());
            // an award beyond what was applied for is refused with a field message, and nothing changes
            p.navigate(url(page + "/applications/" + pending.id()));
            p.getByLabel("Beløp som tildeles, i kroner").fill("150 001");
            p.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tildel").setExact(true))
                    .click();
            assertThat(p.locator(".ds-error-summary")).containsText("Kan ikke tildele mer enn søkt beløp");
            browser.assertAccessible(p);
            browser.screenshot(p, "96-fund-award-refused");
            p.navigate(url("/projects/funds/new"));
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(p.locator(".ds-error-summary")).isVisible();
            browser.assertAccessible(p);
        }
        org.assertj.core.api.Assertions.assertThat(funds.calls(s.id())).hasSize(1);
    }

    @Test
    void theMunicipalityContactsPages() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler 2030", 500_000);
        ApplicationSummary awarded = fixtures.apply(s, s.bardu(), call, "Frisklivssentral", 200_000);
        funds.award(
                s.id(),
                awarded.id(),
                new AwardCommand(Nok.kroner(180_000), funds.today().plusMonths(6)));
        String page = "/projects/funds/" + call.id();
        try (BrowserContext context = browser.context(false)) {
            Page p = context.newPage();
            signIn(p, s.world().contact().email());
            bothLanguages(p, "/projects/funds", "97-fund-list-member");
            bothLanguages(p, page, "98-fund-call-member");
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Søk om midler")))
                    .isVisible();
            p.getByLabel("Søkt beløp i kroner").fill("mange penger");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknaden"))
                    .click();
            assertThat(p.locator(".ds-error-summary")).containsText("Skriv et beløp i kroner");
            browser.assertAccessible(p);
            browser.screenshot(p, "99-fund-apply-refused");
            bothLanguages(p, page + "/applications/" + awarded.id(), "100-fund-application-member");
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send rapporten")))
                    .isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(funds.applications(s.id(), call.id()))
                .hasSize(1);
    }
}
