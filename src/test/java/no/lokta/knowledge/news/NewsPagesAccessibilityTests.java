package no.lokta.knowledge.news;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core over the news pages of the Helsedialog demo, in both languages, on a desktop and a phone. */
@LoktaTest
class NewsPagesAccessibilityTests {

    private static final String COORDINATOR = "helsedialog@lokta.no";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    NewsManagement news;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestWorld worlds;

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
    void theNewsPagesAreAccessible() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        List<NewsSummary> items = news.items(c);
        NewsSummary published = items.stream()
                .filter(n -> n.published() && !n.text().isEmpty())
                .findFirst()
                .orElseThrow();
        NewsSummary draft =
                items.stream().filter(n -> !n.published()).findFirst().orElseThrow();
        String address = "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        news.subscribe(c, address);
        String confirm = token(c, address, "/knowledge/news/subscribe/");

        List<String> publicPages = new ArrayList<>(List.of(
                "/knowledge/news?collaboration=" + c,
                "/knowledge/news",
                "/knowledge/news/" + published.id(),
                "/knowledge/news/subscribe?collaboration=" + c,
                "/knowledge/news/subscribe/" + confirm));
        List<String> coordinatorPages = List.of(
                "/knowledge/news/manage",
                "/knowledge/news/manage/new",
                "/knowledge/news/manage/" + draft.id() + "/edit",
                "/knowledge/news/" + draft.id());
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                for (String path : publicPages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url("/knowledge/news/" + published.id() + "?lang=nb"));
                browser.screenshot(page, phone ? "k17-news-phone" : "k16-news");
                // a refused subscription
                page.navigate(url("/knowledge/news/subscribe?collaboration=" + c + "&lang=nb"));
                page.getByLabel("E-postadresse").fill("a@b");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonner"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).isVisible();
                browser.assertAccessible(page);

                browser.signIn(page, url(""), COORDINATOR);
                for (String path : phone ? List.of("/knowledge/news/manage") : coordinatorPages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                // a refused item
                page.navigate(url("/knowledge/news/manage/new?lang=nb"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).isVisible();
                browser.assertAccessible(page);
            }
        }
    }

    /** The whole way of a reader who never signs in: subscribe, confirm, get a newsletter, leave by its link. */
    @Test
    void aReaderSubscribesConfirmsAndUnsubscribesByLinkWithoutSigningIn() {
        TestWorld.World w = worlds.create();
        UUID c = w.id();
        String address = "leser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/knowledge/news/subscribe?collaboration=" + c + "&lang=nb"));
            page.getByLabel("E-postadresse").fill(address);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonner"))
                    .click();
            assertThat(page.getByText("Takk! Åpne lenken")).isVisible();
            page.navigate(url("/knowledge/news/subscribe/" + token(c, address, "/knowledge/news/subscribe/")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft"))
                    .click();
            assertThat(page.getByText("Abonnementet er bekreftet")).isVisible();
            assertThat(news.subscriberCount(c)).isEqualTo(1);

            NewsSummary item =
                    news.create(c, new NewsCommand("Nytt tilskudd", "Søk innen mai.", List.of(), Audience.PUBLIC));
            news.publish(c, item.id());
            assertThat(news.sendNewsletter(c, List.of(item.id()))).isEqualTo(1);
            page.navigate(url("/knowledge/news/unsubscribe/" + token(c, address, "/knowledge/news/unsubscribe/")));
            browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt abonnementet"))
                    .click();
            assertThat(page.getByText("Du får ikke lenger nyhetsbrevet")).isVisible();
            browser.assertAccessible(page);
            browser.screenshot(page, "k18-newsletter-unsubscribed");
            assertThat(news.subscriberCount(c)).isZero();
        }
    }

    private String token(UUID c, String address, String path) {
        String body = jdbc.sql("select body from platform.mail_outbox where collaboration_id = ? and recipient = ?"
                        + " order by created_at desc limit 1")
                .params(c, address)
                .query(String.class)
                .single();
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(body);
        }
        return m.group(1);
    }
}
