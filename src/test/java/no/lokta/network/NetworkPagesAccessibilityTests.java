package no.lokta.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lokta.LoktaTest;
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

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser chromium;
    private static String axe;

    @LocalServerPort
    int port;

    @Autowired
    NetworkManagement networks;

    @Autowired
    MemberManagement members;

    @BeforeAll
    static void startBrowser() throws IOException {
        String executable = System.getProperty("lokta.chromium", "/usr/bin/chromium");
        assertThat(Path.of(executable)).as("Chromium for the browser tests").exists();
        axe = Files.readString(Path.of(System.getProperty("lokta.axe", "frontend/node_modules/axe-core/axe.min.js")));
        playwright = Playwright.create();
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
        playwright.close();
    }

    @Test
    void networkPagesAreAccessible() {
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        NetworkSummary geriatrics = networks.networks(lokta.id()).stream()
                .filter(n -> n.name().equals("Fagnettverk geriatri"))
                .findFirst()
                .orElseThrow();
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                .setBypassCSP(true) // lets the test inject axe-core
                .setLocale("nb-NO")
                .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("E-post").fill("koordinator@lokta.no");
            page.getByLabel("Passord").fill("lokta-demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                    .click();
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
        page.evaluate(axe);
        Object violations = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                  });
                  return JSON.stringify(result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))
                  })));
                }""");
        assertThat(String.valueOf(violations)).as("axe-core on " + page.url()).isEqualTo("[]");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(screenshot + ".png"))
                .setFullPage(true));
    }
}
