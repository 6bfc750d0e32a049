package no.lokta.needs.plan;

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

/**
 * axe-core over the competence plans of LØKTA's demo data, as its coordinator: the year's
 * overview, Bardu's plan and its staffing form, and the regional figures with their chart.
 */
@LoktaTest
class PlanPagesAccessibilityTests {

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
    void overviewPlanAndRegionalFiguresOnDesktopAndPhone() {
        for (boolean phone : new boolean[] {false, true}) {
            String suffix = phone ? "phone" : "desktop";
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                browser.signIn(page, url(""), "koordinator@lokta.no");
                page.navigate(url("/needs/plans?year=2026"));
                assertThat(page.locator("main table")).containsText("Målselv");
                browser.assertAccessible(page);
                browser.screenshot(page, "90-plans-overview-" + suffix);

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bardu"))
                        .click();
                assertThat(page.locator("h1")).hasText("Kompetanseplan for Bardu 2026");
                assertThat(page.locator("main")).containsText("Helsefagarbeidere");
                browser.assertAccessible(page);
                browser.screenshot(page, "91-plan-" + suffix);

                String plan = page.url();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre steg, mål og evaluering"))
                        .click();
                assertThat(page.getByLabel("Mål", new Page.GetByLabelOptions().setExact(true)))
                        .containsText("hele stillinger");
                browser.assertAccessible(page);
                browser.screenshot(page, "95-plan-steps-" + suffix);
                page.navigate(plan + "/measures");
                assertThat(page.locator("main")).containsText("Tiltak 4");
                browser.assertAccessible(page);
                browser.screenshot(page, "96-plan-measures-" + suffix);
                page.navigate(plan + "/competence");
                browser.assertAccessible(page);
                page.navigate(plan);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre bemanning"))
                        .click();
                browser.assertAccessible(page);
                browser.screenshot(page, "92-plan-staffing-" + suffix);
                page.getByLabel("Årsverk, rad 1", new Page.GetByLabelOptions().setExact(true))
                        .fill("-3");
                page.getByLabel("Årsverk, rad 1", new Page.GetByLabelOptions().setExact(true))
                        .press("Enter");
                assertThat(page.locator(".ds-error-summary")).containsText("Kan ikke være negativt.");
                browser.assertAccessible(page);
                browser.screenshot(page, "93-plan-staffing-refused-" + suffix);

                page.navigate(url("/needs/plans/regional"));
                assertThat(page.locator("main svg")).isVisible();
                browser.assertAccessible(page);
                browser.screenshot(page, "94-plans-regional-" + suffix);
                page.navigate(url("/needs/plans/regional?lang=en"));
                browser.assertAccessible(page);
                page.navigate(url("/needs/plans?year=2027&lang=en"));
                browser.assertAccessible(page);
                page.navigate(url("/needs/plans?lang=nb"));
            }
        }
    }
}
