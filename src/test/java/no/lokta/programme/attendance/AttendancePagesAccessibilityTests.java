package no.lokta.programme.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.needs.survey.Survey;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.evaluation.EvaluationManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core over the attendance, evaluation and "mine aktiviteter" pages, in bokmål and English;
 * the check-list on a phone, ticked in the browser.
 */
@LoktaTest
class AttendancePagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    EvaluationManagement evaluations;

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

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.getByLabel("E-post").fill(email);
        page.getByLabel("Passord").fill(TestWorld.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
    }

    /** Checks the page in bokmål, then in English, and leaves it in bokmål. */
    private void bothLanguages(Page page, String path, String screenshot) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=en"));
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot + "-en");
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=nb"));
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot);
    }

    @Test
    void coordinatorTicksOnAPhoneAndSeesResults() {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Legemiddelhåndtering", "Anne Ansatt", "Bjørn Berg");
        String checklist = "/programme/manage/activities/" + c.id() + "/sessions/" + c.session(0) + "/attendance";
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            signIn(page, world.coordinator().email());
            page.navigate(url(checklist));
            page.getByLabel("Anne Ansatt").check();
            // htmx saves the tick at once
            assertThat(page.locator("#attendance-counts")).containsText("Til stede: 1. Ikke møtt: 2.");
            page.getByLabel("Bjørn Berg").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppmøte"))
                    .click();
            assertThat(page.locator("#attendance-counts")).containsText("Til stede: 2. Ikke møtt: 1.");
            bothLanguages(page, checklist, "70-attendance-checklist-phone");
        }
        attendance.save(
                world.id(), c.id(), c.session(1), List.of(c.registration(1).id()), null);
        evaluations.complete(world.id(), c.id());
        String secret = secretMailedTo(c.registration(1).email());
        java.util.Map<String, List<String>> answer = new java.util.HashMap<>();
        for (Survey.Section section :
                surveys.surveyFor(surveys.invitation(secret)).sections()) {
            for (Survey.Question q : section.questions()) {
                answer.put(
                        "q-" + q.id(), List.of(q.kind().name().equals("SCALE") ? "4" : "Gode eksempler fra praksis"));
            }
        }
        org.assertj.core.api.Assertions.assertThat(surveys.submit(secret, answer))
                .isEmpty();
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            signIn(page, world.coordinator().email());
            bothLanguages(page, "/programme/manage/activities/" + c.id() + "/attendance", "71-attendance-overview");
            bothLanguages(page, "/programme/manage/activities/" + c.id() + "/evaluation", "72-evaluation-results");
            bothLanguages(page, "/programme/manage/" + c.id() + "/registrations", "73-registrations-with-attendance");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            String form = "/needs/respond/" + secretMailedTo(c.registration(2).email());
            bothLanguages(page, form, "74-evaluation-form");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4"))
                    .first()
                    .check();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4"))
                    .last()
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send inn"))
                    .click();
            assertThat(page.locator("main")).containsText("Takk for svaret");
            browser.assertAccessible(page);
        }
    }

    @Test
    void participantSeesMyActivities() {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Velferdsteknologi", "Anne Ansatt");
        attendance.save(
                world.id(), c.id(), c.session(0), List.of(c.registration(0).id()), null);
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            signIn(page, world.participant().email());
            page.navigate(url("/programme/mine"));
            assertThat(page.locator("main")).containsText("Velferdsteknologi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag kalenderadresse"))
                    .click();
            assertThat(page.getByLabel("Kalenderadresse")).hasValue(Pattern.compile(".*/programme/calendar/.*\\.ics"));
            browser.assertAccessible(page);
            browser.screenshot(page, "75-mine-calendar-phone");
            bothLanguages(page, "/programme/mine", "76-mine");
        }
    }

    /** The evaluation link mailed once the completion has been heard (after its commit). */
    private String secretMailedTo(String email) {
        String body = null;
        for (int i = 0; i < 200 && body == null; i++) {
            body = jdbc.sql(
                            "select body from platform.mail_outbox where recipient = ? and body like '%/needs/respond/%'")
                    .param(email)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (body == null) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(body)
                .as("evaluation mailed to " + email)
                .isNotNull();
        Matcher m = Pattern.compile("/needs/respond/([A-Za-z0-9_-]{43})").matcher(body);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
