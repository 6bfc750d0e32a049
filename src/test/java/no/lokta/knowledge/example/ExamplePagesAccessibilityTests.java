package no.lokta.knowledge.example;

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

/**
 * axe-core over every page of the good examples, on Helsedialog's demo: the public library and an
 * example page without sign-in, and the coordinator's pages, in both languages, on a desktop and a
 * phone; also a refused form and a refused category removal.
 */
@LoktaTest
class ExamplePagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ExampleManagement examples;

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

    private UUID helsedialog() {
        return members.collaborationNamed("Helsedialog").orElseThrow().id();
    }

    private Page signedIn(BrowserContext context) {
        Page page = context.newPage();
        browser.signIn(page, url(""), "helsedialog@lokta.no");
        return page;
    }

    @Test
    void everyExamplePageIsAccessibleInBothLanguagesOnADesktopAndAPhone() {
        UUID c = helsedialog();
        ExampleSummary example = examples.search(ExampleFilter.of(c, "sykehjem"))
                .hits()
                .getFirst()
                .example();
        String show = "/knowledge/examples/" + example.id();
        List<String> open = List.of(
                "/knowledge/examples",
                "/knowledge/examples?collaboration=" + c + "&q=sykehjem",
                "/knowledge/examples?collaboration=" + c + "&category=" + example.categoryId() + "&evidence=EVALUATED",
                show);
        List<String> coordinator = List.of(
                "/knowledge/examples",
                show,
                "/knowledge/examples/manage",
                "/knowledge/examples/manage/new",
                "/knowledge/examples/manage/" + example.id() + "/edit",
                "/knowledge/examples/manage/categories");
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                for (String path : open) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url("/knowledge/examples?q=sykehjem"));
                browser.screenshot(page, phone ? "k11-examples-search-phone" : "k10-examples-search");
            }
            try (BrowserContext context = browser.context(phone)) {
                Page page = signedIn(context);
                for (String path : coordinator) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url(show));
                browser.screenshot(page, phone ? "k13-example-phone" : "k12-example");
            }
        }
    }

    @Test
    void aRefusedFormAndARefusedRemovalAreAccessible() {
        try (BrowserContext context = browser.context(false)) {
            Page page = signedIn(context);
            page.navigate(url("/knowledge/examples/manage/new"));
            page.getByLabel("Periode fra").fill("2020-05-01");
            page.getByLabel("Periode til (tom hvis pågående)").fill("2020-04-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre som utkast"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Slutten kan ikke være før starten.");
            browser.assertAccessible(page);
            browser.screenshot(page, "k14-example-refused");

            page.navigate(url("/knowledge/examples/manage/categories"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fjern Ambulante team"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("kan ikke fjernes");
            browser.assertAccessible(page);
            browser.screenshot(page, "k15-category-refused");
        }
    }
}
