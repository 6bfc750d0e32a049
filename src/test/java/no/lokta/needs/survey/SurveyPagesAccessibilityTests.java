package no.lokta.needs.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core over the survey pages: the list, the builder of a draft with a refused question, the
 * published demo survey with its progress, its preview, and the answering page with a refused
 * submit. What the test adds to LØKTA is removed again.
 */
@LoktaTest
class SurveyPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

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

    private UUID lokta() {
        return members.collaborationNamed("LØKTA").orElseThrow().id();
    }

    private UUID demoSurvey() {
        return surveys.surveys(lokta()).stream()
                .filter(s -> s.title().equals(SurveyDemoData.TITLE))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theDemoSurveysResultsAreAccessibleInBothLanguagesAndOnAPhone() {
        String results = "/needs/surveys/" + demoSurvey() + "/results";
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                browser.signIn(page, url(""), "koordinator@lokta.no");
                for (String path : List.of(results, results + "?by=municipality")) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                        assertThat(page.locator("svg.bar-chart").first()).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                assertThat(page.locator("main")).containsText("Senja");
                browser.screenshot(
                        page, phone ? "84-survey-results-by-municipality-phone" : "83-survey-results-by-municipality");
            }
        }
    }

    @Test
    void theCoordinatorsPagesAreAccessible() {
        UUID draft = surveys.create(lokta(), new SurveyCommand("Testutkast tilgjengelighet", ""))
                .id();
        UUID section = surveys.addSection(lokta(), draft, new SectionCommand("Første del", ""));
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/needs/surveys"));
            assertThat(page.locator("main table")).containsText(SurveyDemoData.TITLE);
            browser.assertAccessible(page);
            browser.screenshot(page, "80-survey-list");

            page.navigate(url("/needs/surveys/" + draft + "/sections/" + section + "/questions/new"));
            page.getByLabel("Type spørsmål").selectOption("MATRIX");
            page.getByLabel("Spørsmål", new Page.GetByLabelOptions().setExact(true))
                    .fill("Hvor mange trenger hva?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("En matrise må ha minst én rad.");
            browser.assertAccessible(page);
            browser.screenshot(page, "81-survey-question-refused");
            page.getByLabel("Rader").fill("Sykepleiere\nAssistenter");
            page.getByLabel("Kolonner").fill("Demens\nLindrende");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator("main")).containsText("Rader: Sykepleiere, Assistenter");
            browser.assertAccessible(page);
            browser.screenshot(page, "82-survey-builder");

            page.navigate(url("/needs/surveys/" + demoSurvey()));
            assertThat(page.locator("main")).containsText("Svar per kommune");
            browser.assertAccessible(page);
            browser.screenshot(page, "83-survey-published");
            page.navigate(url("/needs/surveys/" + demoSurvey() + "/preview"));
            assertThat(page.locator("main table")).containsText("Helsefagarbeidere");
            browser.assertAccessible(page);
            browser.screenshot(page, "84-survey-preview");
            page.navigate(url("/needs/surveys/" + demoSurvey() + "/preview?lang=en"));
            browser.assertAccessible(page);
        } finally {
            jdbc.sql("delete from needs.survey where id = ?").param(draft).update();
        }
    }

    @Test
    void theAnsweringPageIsAccessibleOnDesktopAndPhone() {
        String email = "a11y-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        surveys.send(
                lokta(),
                demoSurvey(),
                new SendCommand(false, List.of(email), surveys.today().plusDays(3)));
        String body = jdbc.sql("select body from platform.mail_outbox where recipient = ?")
                .param(email)
                .query(String.class)
                .single();
        Matcher m = Pattern.compile("/needs/respond/[A-Za-z0-9_-]+").matcher(body);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String link = m.group();
        try {
            for (boolean phone : new boolean[] {false, true}) {
                try (BrowserContext context = browser.context(phone)) {
                    Page page = context.newPage();
                    String suffix = phone ? "phone" : "desktop";
                    page.navigate(url(link));
                    assertThat(page.locator("main")).containsText("Om kommunen");
                    browser.assertAccessible(page);
                    browser.screenshot(page, "85-survey-respond-" + suffix);
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send inn"))
                            .click();
                    assertThat(page.locator(".ds-error-summary")).containsText("Dette spørsmålet må besvares.");
                    browser.assertAccessible(page);
                    browser.screenshot(page, "86-survey-respond-refused-" + suffix);
                }
            }
        } finally {
            jdbc.sql("delete from needs.survey_recipient where email = ?")
                    .param(email)
                    .update();
        }
    }
}
