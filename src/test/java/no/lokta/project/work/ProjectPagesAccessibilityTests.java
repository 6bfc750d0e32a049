package no.lokta.project.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.ReportingDutyCommand;
import no.lokta.project.funding.ReportingDutySummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over every project and funding page of the Værnesregionen demo, in both languages, on
 * a desktop (the wide ones also on a phone), with a refused form and an overdue duty on the front page. What the
 * test adds to the demo is removed again.
 */
@LoktaTest
class ProjectPagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ProjectManagement projects;

    @Autowired
    FundingManagement funding;

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

    private UUID vaernes() {
        return members.collaborationNamed("Værnesregionen").orElseThrow().id();
    }

    /** The demo's pilot; the browser journey may have added a project of its own. */
    private ProjectSummary pilot(UUID c) {
        return projects.projects(c).stream()
                .filter(p -> p.name().startsWith("Samhandling innen helse- og omsorgstjenester"))
                .findFirst()
                .orElseThrow();
    }

    private Page signedIn(BrowserContext context) {
        Page page = context.newPage();
        browser.signIn(page, url(""), "koordinator@lokta.no");
        page.navigate(url("/collaborations"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt til Værnesregionen"))
                .click();
        return page;
    }

    @Test
    void everyProjectPageIsAccessibleInBothLanguagesOnADesktopAndAPhone() {
        UUID c = vaernes();
        ProjectSummary pilot = pilot(c);
        String p = "/projects/" + pilot.id();
        List<String> pages = new ArrayList<>(List.of(
                "/projects",
                "/projects/new",
                "/projects/portfolio",
                "/projects/funders",
                p,
                p + "/edit",
                p + "/status",
                p + "/funding",
                p + "/documents",
                p + "/subprojects/new",
                p + "/subprojects/"
                        + projects.subprojects(c, pilot.id()).getFirst().id(),
                p + "/goals/new",
                p + "/goals/" + projects.goals(c, pilot.id()).getFirst().id(),
                p + "/measures/new",
                p + "/measures/" + projects.measures(c, pilot.id()).getFirst().id(),
                p + "/milestones/new",
                p + "/milestones/"
                        + projects.milestones(c, pilot.id()).getFirst().id(),
                p + "/risks/new",
                p + "/risks/" + projects.risks(c, pilot.id()).getFirst().id(),
                p + "/decisions/new",
                p + "/funding/lines/new",
                p + "/funding/lines/" + funding.lines(c, pilot.id()).getFirst().id(),
                p + "/funding/budget/new",
                p + "/funding/applications/new",
                p + "/funding/applications/"
                        + funding.applicationsOf(c, pilot.id()).getFirst().id() + "/grant",
                p + "/funding/duties/new",
                p + "/funding/duties/"
                        + funding.dutiesOf(c, pilot.id()).getFirst().id()));
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = signedIn(context);
                // on a phone, the pages with wide tables and a form
                List<String> visited = phone
                        ? List.of(
                                "/projects", "/projects/portfolio", p, p + "/status", p + "/funding", p + "/goals/new")
                        : pages;
                for (String path : visited) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + "?lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url(p + "/status"));
                browser.screenshot(page, phone ? "p21-status-reports-phone" : "p20-status-reports");
                page.navigate(url(p + "/funding"));
                browser.screenshot(page, phone ? "p23-funding-phone" : "p22-funding");
            }
        }
    }

    @Test
    void aRefusedFormAndAnOverdueDutyAreAccessible() {
        UUID c = vaernes();
        ProjectSummary pilot = pilot(c);
        ReportingDutySummary overdue = funding.createDuty(
                c,
                pilot.id(),
                new ReportingDutyCommand(null, "Erfaringsnotat", "Helsedirektoratet", LocalDate.of(2012, 6, 1), 14));
        try (BrowserContext context = browser.context(false)) {
            Page page = signedIn(context);
            page.navigate(url("/"));
            assertThat(page.locator("main")).containsText("Fristen for «Erfaringsnotat»");
            browser.assertAccessible(page);
            browser.screenshot(page, "p24-front-page-overdue");

            page.navigate(url("/projects/" + pilot.id() + "/goals/new"));
            page.getByLabel("Utgangspunkt").fill("-mye");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Må fylles ut.");
            browser.assertAccessible(page);
            browser.screenshot(page, "p25-goal-refused");
        } finally {
            funding.deleteDuty(c, overdue.id());
        }
    }
}
