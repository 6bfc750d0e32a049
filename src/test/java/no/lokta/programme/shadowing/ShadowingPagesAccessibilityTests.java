package no.lokta.programme.shadowing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core over every job shadowing page, in Norwegian and English, on a phone and a desktop:
 * a person applies, the leaders approve, the coordinator manages placements and reads a report.
 */
@LoktaTest
class ShadowingPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Hosts hosts;

    @Autowired
    ShadowingManagement shadowing;

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

    private void signIn(Page page, LoktaUser user) {
        page.navigate(url("/login"));
        page.getByLabel("E-post").fill(user.email());
        page.getByLabel("Passord").fill(TestWorld.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
    }

    /** The page in Norwegian and in English, each checked and kept as a screenshot. */
    private void check(Page page, String path, String name) {
        String separator = path.contains("?") ? "&" : "?";
        page.navigate(url(path + separator + "lang=nb"));
        browser.assertAccessible(page);
        browser.screenshot(page, name);
        page.navigate(url(path + separator + "lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        browser.assertAccessible(page);
        browser.screenshot(page, name + "-en");
        page.navigate(url(path + separator + "lang=nb"));
    }

    /** A placement with an accepted, reported stay in the past, for the reports. */
    private ApplicationSummary reported(Hosts.Setup s) {
        PlacementSummary earlier = hosts.placement(s, s.hospital().id(), 1);
        ApplicationSummary a =
                hosts.apply(s, earlier, s.barduNurse(), s.world().municipality().id());
        shadowing.approve(s.id(), s.homeLeader(), a.id());
        shadowing.approve(s.id(), s.coordinator(), a.id());
        shadowing.report(
                s.id(),
                s.barduNurse().accountId(),
                a.id(),
                new ReportCommand("Kognitiv utredning i praksis.", "En sjekkliste før henvisning."),
                a.preferredTo());
        jdbc.sql("update programme.placement_application set preferred_from = current_date - 5,"
                        + " preferred_to = current_date - 1 where id = ?")
                .param(a.id())
                .update();
        return a;
    }

    @Test
    void aPersonAppliesOnAPhoneAndTheLeadersApprove() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        String placementPath = "/programme/shadowing/placements/" + p.id();
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            check(page, "/programme/shadowing?collaboration=" + s.id(), "70-shadowing-list-phone");
            check(page, placementPath, "71-shadowing-placement-phone");
            assertThat(page.locator("#apply")).containsText("Logg inn for å søke");

            signIn(page, s.world().participant());
            page.navigate(url(placementPath));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søk om plass"))
                    .click();
            check(page, placementPath + "/apply", "72-shadowing-apply-phone");
            // sent without a motivation or organisation: the messages are read first
            page.getByLabel("Motivasjon").fill(" ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknad"))
                    .click();
            assertThat(page.locator(".ds-error-summary li")).hasCount(2);
            browser.assertAccessible(page);
            browser.screenshot(page, "73-shadowing-apply-errors-phone");
            // nothing wider than the phone
            org.assertj.core.api.Assertions.assertThat(
                            page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
            page.getByLabel("Organisasjonen du arbeider i").selectOption("Bardu");
            page.getByLabel("Motivasjon").fill("Jeg vil lære miljøbehandling i en skjermet enhet.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknad"))
                    .click();
            assertThat(page.locator("main")).containsText("Søknaden er sendt.");
            browser.assertAccessible(page);
            check(page, "/programme/shadowing/mine", "74-shadowing-mine-phone");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            signIn(page, s.world().contact());
            check(page, "/programme/shadowing/approvals", "75-shadowing-approvals-phone");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Godkjenn "
                                            + s.world().participant().displayName()))
                    .click();
            assertThat(page.locator("main")).containsText("Venter på vertens leder.");
            browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            signIn(page, s.malselvContact());
            page.navigate(url("/programme/shadowing/approvals"));
            // declining without a reason: the message stands at the reason
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Avslå " + s.world().participant().displayName()))
                    .click();
            assertThat(page.locator("main")).containsText("Må fylles ut.");
            browser.assertAccessible(page);
            browser.screenshot(page, "76-shadowing-decline-error");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Godkjenn "
                                            + s.world().participant().displayName()))
                    .click();
            assertThat(page.locator("main")).containsText("er tatt opp.");
            browser.assertAccessible(page);
            browser.screenshot(page, "77-shadowing-accepted");
        }
        org.assertj.core.api.Assertions.assertThat(shadowing.applications(s.id(), p.id()))
                .singleElement()
                .extracting(ApplicationSummary::status)
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void theApplicantReportsAndTheCoordinatorManages() {
        var s = hosts.create();
        ApplicationSummary a = reported(s);
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            signIn(page, s.barduNurse());
            check(page, "/programme/shadowing/mine", "78-shadowing-mine-reported-phone");
            check(page, "/programme/shadowing/mine/" + a.id() + "/report", "79-shadowing-report-phone");
            page.getByLabel("Hva lærte du?").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send rapport"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Må fylles ut.");
            browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            signIn(page, s.world().coordinator());
            check(page, "/programme/shadowing/manage", "80-shadowing-manage");
            check(page, "/programme/shadowing/manage/new", "81-shadowing-new");
            page.getByLabel("Vertsorganisasjon").selectOption("Målselv");
            page.getByLabel("Enhet eller avdeling").fill("Rehabiliteringsenheten");
            page.getByLabel("Periode fra").fill("2030-05-10");
            page.getByLabel("Periode til").fill("2030-05-01");
            page.getByLabel("Antall plasser").fill("0");
            page.getByLabel("Søknadsfrist").fill("2030-04-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Slutten av perioden");
            browser.assertAccessible(page);
            browser.screenshot(page, "82-shadowing-new-errors");
            page.getByLabel("Periode til").fill("2030-05-14");
            page.getByLabel("Antall plasser").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator("main")).containsText("Lagret.");
            check(page, "/programme/shadowing/manage/" + a.placementId(), "83-shadowing-placement-reports");
            assertThat(page.locator("main")).containsText("Kognitiv utredning i praksis.");
            check(page, "/programme/shadowing/manage/" + a.placementId() + "/edit", "84-shadowing-edit");
            check(page, "/programme/shadowing/approvals", "85-shadowing-approvals-coordinator");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/programme/shadowing"));
            assertThat(page.locator("main")).containsText("Geriatrisk avdeling, Medisinsk klinikk, Tromsø");
            browser.assertAccessible(page);
            browser.screenshot(page, "86-shadowing-demo-phone");
        }
    }
}
