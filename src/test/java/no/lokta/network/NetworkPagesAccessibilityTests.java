package no.lokta.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (WCAG 2.1 A and AA) over the network pages as the demo coordinator, in Debian's
 * Chromium as the journeys in {@code no.lokta.journey} do, with screenshots under target/screenshots.
 */
@LoktaTest
class NetworkPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    NetworkManagement networks;

    @Autowired
    MemberManagement members;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void networkPagesAreAccessible() {
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        NetworkSummary geriatrics = networks.networks(lokta.id()).stream()
                .filter(n -> n.name().equals("Fagnettverk geriatri"))
                .findFirst()
                .orElseThrow();
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            assertThat(page.locator(".site-brand__collaboration")).hasText("LØKTA");
            check(page, "/networks", "51-networks");
            check(page, "/networks/" + geriatrics.id(), "52-network-overview");
            check(page, "/networks/new", "53-network-new");
            check(page, "/networks/" + geriatrics.id() + "/edit", "54-network-edit");
            check(page, "/networks/" + geriatrics.id() + "?lang=en", "55-network-overview-en");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void check(Page page, String path, String screenshot) {
        page.navigate(url(path));
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot);
    }
}
