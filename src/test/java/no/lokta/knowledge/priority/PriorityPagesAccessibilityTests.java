package no.lokta.knowledge.priority;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core over Helsedialog's priority areas and their form, in both languages, on a desktop and a phone. */
@LoktaTest
class PriorityPagesAccessibilityTests {

    private static final String COORDINATOR = "helsedialog@lokta.no";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    PriorityManagement priorities;

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
    void thePriorityPagesAreAccessible() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        PriorityArea first = priorities.areas(c).getFirst();
        List<String> pages = List.of(
                "/knowledge/priorities", "/knowledge/priorities/new", "/knowledge/priorities/" + first.id() + "/edit");
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                browser.signIn(page, url(""), COORDINATOR);
                for (String path : pages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url("/knowledge/priorities?lang=nb"));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ambulante team")))
                        .isVisible();
                browser.screenshot(page, phone ? "k71-priorities-phone" : "k70-priorities");
                // a refused area
                page.navigate(url("/knowledge/priorities/new?lang=nb"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).isVisible();
                browser.assertAccessible(page);
            }
        }
    }
}
