package no.lokta.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Chromium for the browser journeys: Debian's own binary (never a downloaded one), an axe-core
 * check of WCAG 2.1 A and AA on each page, and screenshots under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String axe;

    public Browser() throws IOException {
        String executable = System.getProperty("lokta.chromium", "/usr/bin/chromium");
        assertThat(Path.of(executable))
                .as("Chromium for the browser tests (apt-get install chromium)")
                .exists();
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

    /** A fresh browser context (own cookies): desktop or phone size. */
    public BrowserContext context(boolean phone) {
        NewContextOptions options = new NewContextOptions()
                .setBypassCSP(true) // lets the test inject axe-core; the application's own pages keep their CSP
                .setAcceptDownloads(true)
                .setLocale("nb-NO");
        if (phone) {
            options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(1280, 900);
        }
        return chromium.newContext(options);
    }

    /** Runs axe-core on the page and fails with the violations, if any. */
    public void assertAccessible(Page page) {
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
    }

    /** Signs in through the real form as a demo person (all share the demo password). */
    public void signIn(Page page, String baseUrl, String email) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("E-post").fill(email);
        page.getByLabel("Passord").fill("lokta-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        // the next navigation must not cut the sign-in short
        page.waitForURL(address -> !address.contains("/login"));
    }

    public void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
