package no.lokta.project.funding;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.lokta.LoktaTest;
import no.lokta.platform.money.Nok;
import no.lokta.project.work.GoalCommand;
import no.lokta.project.work.GoalSummary;
import no.lokta.project.work.Light;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.SubprojectCommand;
import no.lokta.project.work.SubprojectStatus;
import no.lokta.project.work.SubprojectSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The project pages are the coordinator's: another role gets 403, and a project, part,
 * application or duty of another collaboration or project is not found.
 */
@LoktaTest
class ProjectAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectManagement projects;

    @Autowired
    FundingManagement funding;

    @Test
    void otherRolesAreRefused() {
        var s = fixtures.create();
        String p = "/projects/" + s.project().id();
        List<String> pages = List.of(
                "/projects",
                "/projects/new",
                "/projects/portfolio",
                "/projects/funders",
                p,
                p + "/edit",
                p + "/funding",
                p + "/status",
                p + "/goals/new",
                p + "/subprojects/new",
                p + "/funding/lines/new",
                p + "/funding/applications/new",
                p + "/funding/duties/new",
                p + "/report.pdf");
        for (var user : List.of(s.world().contact(), s.world().participant())) {
            for (String page : pages) {
                assertThat(mvc.get().uri(page).with(as(user))).as(page).hasStatus(403);
            }
            assertThat(mvc.post()
                            .uri("/projects")
                            .with(as(user))
                            .with(csrf())
                            .param("name", "X")
                            .param("phase", "IDEA")
                            .param("startsOn", "2030-01-01"))
                    .hasStatus(403);
            assertThat(mvc.post().uri(p + "/delete").with(as(user)).with(csrf()))
                    .hasStatus(403);
        }
        assertThat(projects.projects(s.world().id())).hasSize(1);
    }

    @Test
    void anotherCollaborationsProjectIsNotFound() {
        var mine = fixtures.create();
        var theirs = fixtures.create();
        ApplicationSummary application = fixtures.submitted(theirs);
        String p = "/projects/" + theirs.project().id();
        var me = mine.world().coordinator();
        for (String page : List.of(
                p,
                p + "/edit",
                p + "/funding",
                p + "/status",
                p + "/report.pdf",
                p + "/funding/applications/" + application.id(),
                "/projects/" + mine.project().id() + "/funding/applications/" + application.id())) {
            assertThat(mvc.get().uri(page).with(as(me))).as(page).hasStatus(404);
        }
        assertThat(mvc.post().uri(p + "/delete").with(as(me)).with(csrf())).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/projects/" + mine.project().id() + "/funding/applications/" + application.id()
                                + "/submit")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(404);
        // their funder cannot be used in my plan
        assertThat(mvc.post()
                        .uri("/projects/" + mine.project().id() + "/funding/lines")
                        .with(as(me))
                        .with(csrf())
                        .param("year", "2030")
                        .param("kind", "GRANT")
                        .param("funderId", theirs.funder().id().toString())
                        .param("amount", "1000"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en tilskuddsgiver fra listen.");
        assertThat(projects.projects(theirs.world().id())).hasSize(1);
        assertThat(funding.lines(mine.world().id(), mine.project().id())).isEmpty();
    }

    @Test
    void aPartOfAnotherProjectIsNotFound() {
        var s = fixtures.create();
        var other = projects.create(
                s.world().id(),
                new no.lokta.project.work.ProjectCommand(
                        "Annet",
                        "",
                        null,
                        java.util.Set.of(),
                        "",
                        "",
                        ProjectPhase.IDEA,
                        LocalDate.of(2030, 1, 1),
                        null,
                        null));
        GoalSummary goal =
                projects.addGoal(s.world().id(), other.id(), new GoalCommand(null, "Et mål", "", null, null, null));
        String wrong = "/projects/" + s.project().id() + "/goals/" + goal.id();
        var c = s.world().coordinator();
        assertThat(mvc.get().uri(wrong).with(as(c))).hasStatus(404);
        assertThat(mvc.post().uri(wrong + "/delete").with(as(c)).with(csrf())).hasStatus(404);
        assertThat(projects.goals(s.world().id(), other.id())).hasSize(1);
    }

    @Test
    void aCoordinatorBuildsAProjectWithPartsAndAStatusReport() {
        var s = fixtures.create();
        var c = s.world().coordinator();
        String p = "/projects/" + s.project().id();
        assertThat(mvc.post()
                        .uri(p + "/subprojects")
                        .with(as(c))
                        .with(csrf())
                        .param("number", "1")
                        .param("name", "Felles DMS")
                        .param("goal", "Avklare eierskap og drift")
                        .param("phase", "PRE_STUDY")
                        .param("status", "ONGOING"))
                .hasStatus3xxRedirection();
        // the same number again is refused at the field
        assertThat(mvc.post()
                        .uri(p + "/subprojects")
                        .with(as(c))
                        .with(csrf())
                        .param("number", "1")
                        .param("name", "Dobbel")
                        .param("phase", "PRE_STUDY")
                        .param("status", "ONGOING"))
                .hasStatusOk()
                .bodyText()
                .contains("Prosjektet har allerede et delprosjekt med dette nummeret.");
        assertThat(mvc.post()
                        .uri(p + "/goals")
                        .with(as(c))
                        .with(csrf())
                        .param("description", "Kommuner med felles rutine")
                        .param("indicator", "Antall kommuner")
                        .param("baseline", "0")
                        .param("target", "4")
                        .param("achieved", "2,5"))
                .hasStatus3xxRedirection();
        SubprojectSummary sub =
                projects.subprojects(s.world().id(), s.project().id()).getFirst();
        GoalSummary goal = projects.goals(s.world().id(), s.project().id()).getFirst();
        assertThat(mvc.post()
                        .uri(p + "/status")
                        .with(as(c))
                        .with(csrf())
                        .param("periodFrom", "2030-01-01")
                        .param("periodTo", "2030-06-30")
                        .param("overall", "YELLOW")
                        .param("text", "Forsinket")
                        .param("subjectIds", goal.id().toString(), sub.id().toString())
                        .param("lights", "GREEN", "RED")
                        .param("comments", "", "Mangler leder"))
                .hasStatus3xxRedirection();
        assertThat(projects.subprojects(s.world().id(), s.project().id())
                        .getFirst()
                        .light())
                .isEqualTo(Light.RED);
        assertThat(mvc.get().uri(p).with(as(c)))
                .hasStatusOk()
                .bodyText()
                .contains("Felles DMS", "Kommuner med felles rutine", "Rød: ikke i rute", "Grønn: i rute", "Forsinket");
        assertThat(mvc.get().uri(p + "/status").with(as(c)))
                .hasStatusOk()
                .bodyText()
                .contains("Mangler leder", "Periode 01.01.2030–30.06.2030");
        // a forged light is refused, and the report is not stored
        assertThat(mvc.post()
                        .uri(p + "/status")
                        .with(as(c))
                        .with(csrf())
                        .param("periodFrom", "2030-07-01")
                        .param("periodTo", "2030-12-31")
                        .param("overall", "GREEN")
                        .param("subjectIds", sub.id().toString())
                        .param("lights", "PURPLE")
                        .param("comments", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Velg grønn, gul, rød eller «ikke med».");
        assertThat(projects.statusReports(s.world().id(), s.project().id())).hasSize(1);
        // the subproject's own fields stay as entered
        projects.updateSubproject(
                s.world().id(),
                s.project().id(),
                sub.id(),
                new SubprojectCommand(
                        1, "Felles DMS", "", "", "", ProjectPhase.MAIN_PROJECT, SubprojectStatus.COMPLETED, null));
        assertThat(projects.subprojects(s.world().id(), s.project().id())
                        .getFirst()
                        .status())
                .isEqualTo(SubprojectStatus.COMPLETED);
        assertThat(Map.of()).isEmpty();
    }

    @Test
    void theFunderReportHoldsTheFigures() throws Exception {
        var s = fixtures.create();
        ApplicationSummary a = fixtures.submitted(s);
        funding.grant(
                s.world().id(),
                a.id(),
                new GrantDecision(Nok.kroner(500_000), LocalDate.of(2030, 3, 1), "Rapport innen 1. mars 2031", ""));
        var result = mvc.get()
                .uri("/projects/" + s.project().id() + "/report.pdf")
                .with(as(s.world().coordinator()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Prosjektrapport: Felles legevakt", "500 000 kr", "Mangler 500 000 kr")
                    .contains("Statsforvalteren i Troms og Finnmark", "Rapport innen 1. mars");
        }
    }
}
