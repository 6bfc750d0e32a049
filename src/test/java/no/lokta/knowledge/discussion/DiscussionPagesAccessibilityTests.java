package no.lokta.knowledge.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
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

/** axe-core over the discussion pages of a world of their own, in both languages, on a desktop and a phone. */
@LoktaTest
class DiscussionPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    DiscussionManagement discussions;

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
    void theDiscussionPagesAreAccessible() {
        var s = fixtures.create();
        String email = "fagnett-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID moderator = people.createAccount(email, "Kari Koordinator", "lokta-demo-2026");
        people.grant(moderator, s.id(), Role.COORDINATOR, null);
        ThreadSummary t = discussions.start(
                s.id(),
                s.network().id(),
                DiscussionTests.writer(s.world().participant()),
                new ThreadCommand("Erfaringer med demensteam", "Hvordan er teamet satt sammen?\nHvem leder?"),
                null);
        PostSummary reply = discussions.reply(
                s.id(),
                s.network().id(),
                t.id(),
                DiscussionTests.writer(s.world().contact()),
                "Vi har tre.",
                null);
        PostSummary hidden = discussions.reply(
                s.id(),
                s.network().id(),
                t.id(),
                DiscussionTests.writer(s.world().contact()),
                "Feil sted.",
                null);
        discussions.hide(
                s.id(),
                s.network().id(),
                t.id(),
                hidden.id(),
                new Writer(moderator, "Kari", true),
                "Hører ikke hjemme her");
        String n = "/knowledge/networks/" + s.network().id() + "/discussion";
        String th = n + "/threads/" + t.id();
        List<String> pages =
                List.of("/knowledge/discussions", n, n + "/new", th, th + "/posts/" + reply.id() + "/hide");
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                browser.signIn(page, url(""), email);
                for (String path : pages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url(th));
                assertThat(page.locator("main")).containsText("Hører ikke hjemme her");
                browser.screenshot(page, phone ? "k17-discussion-phone" : "k16-discussion");
                // a refused reply
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svar"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).isVisible();
                browser.assertAccessible(page);
            }
        }
    }
}
