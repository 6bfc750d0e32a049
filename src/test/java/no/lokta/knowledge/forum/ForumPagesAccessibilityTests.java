package no.lokta.knowledge.forum;

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

/** axe-core over the fora, dialogue-conference and practice-consultant pages of the Helsedialog demo, in both languages, on a desktop and a phone. */
@LoktaTest
class ForumPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ForumManagement fora;

    @Autowired
    no.lokta.knowledge.conference.ConferenceManagement conferences;

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
    void theForumPagesAreAccessible() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        ForumSummary forum = fora.fora(c).getFirst();
        // the demo's meeting, not one a browser journey may have added
        MeetingSummary meeting = fora.meetings(c, forum.id()).stream()
                .filter(x -> x.title().equals("Møte i Helsedialogforum"))
                .findFirst()
                .orElseThrow();
        String f = "/knowledge/fora/" + forum.id();
        UUID conference = conferences.conferences(c).getFirst().activityId();
        String m = f + "/meetings/" + meeting.id();
        List<String> pages = List.of(
                "/knowledge/fora",
                "/knowledge/fora/new",
                f,
                f + "/edit",
                f + "/groups/new",
                f + "/members/new",
                f + "/members/" + fora.members(c, forum.id()).getFirst().id(),
                f + "/meetings/new",
                m,
                m + "/edit",
                m + "/decisions/new",
                m + "/decisions/"
                        + fora.decisions(c, forum.id(), meeting.id()).getFirst().id());
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                browser.signIn(page, url(""), HelsedialogForumDemoData.COORDINATOR);
                for (String path : phone ? List.of("/knowledge/fora", f, m, "/knowledge/consultants") : pages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url(f));
                assertThat(page.locator("main")).containsText("17 plasser");
                browser.screenshot(page, phone ? "k11-forum-phone" : "k10-forum");
                page.navigate(url(m));
                browser.screenshot(page, phone ? "k13-meeting-phone" : "k12-meeting");
                page.navigate(url("/knowledge/consultants"));
                assertThat(page.locator("svg.bar-chart")).isVisible();
                browser.screenshot(page, phone ? "k15-consultants-phone" : "k14-consultants");
                // a refused form
                page.navigate(url(f + "/meetings/new"));
                page.getByLabel("Tittel").fill("Høstmøte");
                page.getByLabel("Fra klokken").fill("15:00");
                page.getByLabel("Til klokken").fill("10:00");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).containsText("Møtet må slutte etter at det begynner.");
                browser.assertAccessible(page);
            }
        }
    }
}
