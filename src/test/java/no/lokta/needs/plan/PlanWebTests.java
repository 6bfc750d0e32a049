package no.lokta.needs.plan;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class PlanWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    PlanManagement plans;

    @Autowired
    JdbcClient jdbc;

    private static PlanScope coordinatorOf(TestWorld.World w) {
        return new PlanScope(w.id(), null);
    }

    private CompetencePlan planOf(TestWorld.World w, UUID organisationId, int year) {
        return plans.create(coordinatorOf(w), new NewPlanCommand(organisationId, year));
    }

    @Test
    void aContactCreatesTheirOwnPlanAndEditsItsStaffing() {
        var w = worlds.create();
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("year", "2030"))
                .hasStatus3xxRedirection();
        CompetencePlan plan = plans.plans(coordinatorOf(w), 2030).stream()
                .map(p -> plans.plan(coordinatorOf(w), p.id()))
                .findFirst()
                .orElseThrow();
        assertThat(plan.organisationId()).isEqualTo(w.municipality().id());
        assertThat(plan.steps()).hasSize(7);
        String page = "/needs/plans/" + plan.id();
        // a second plan for the same year is refused at the field
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("year", "2030"))
                .hasStatusOk()
                .bodyText()
                .contains("Kommunen har allerede en plan for 2030.", "aria-invalid=\"true\"");

        assertThat(mvc.get().uri(page + "/staffing").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Bemanning: Bardu 2030", "Yrkesgruppe, rad 1", "Fjern rad 1");
        assertThat(mvc.post()
                        .uri(page + "/staffing")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].profession", "Sykepleiere")
                        .param("rows[0].fullTimeEquivalents", "22,5")
                        .param("rows[0].vacancies", "3")
                        .param("rows[0].under30", "4")
                        .param("rows[0].from30To49", "12")
                        .param("rows[0].from50To59", "6")
                        .param("rows[0].over60", "3")
                        .param("rows[0].turnoverPercent", "12,5")
                        .param("rows[1].profession", "")
                        .param("rows[2].profession", "Assistenter")
                        .param("rows[2].fullTimeEquivalents", "4")
                        .param("rows[2].remove", "true"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page);
        CompetencePlan saved = plans.plan(coordinatorOf(w), plan.id());
        assertThat(saved.staffing()).singleElement().satisfies(s -> {
            assertThat(s.profession()).isEqualTo("Sykepleiere");
            assertThat(s.fullTimeEquivalents()).isEqualByComparingTo("22.5");
            assertThat(s.turnoverPercent()).isEqualByComparingTo("12.5");
            assertThat(s.headCount()).isEqualTo(25);
        });
        assertThat(mvc.get().uri(page).with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Kompetanseplan for Bardu 2030", "Sykepleiere", "22,5", "Ikke påbegynt");
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_log where entity_type = 'competencePlan' and entity_id = ?")
                        .param(plan.id().toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badAndMalformedInputGetsFieldMessagesAndChangesNothing() {
        var w = worlds.create();
        CompetencePlan plan = planOf(w, w.municipality().id(), 2030);
        plans.updateStaffing(
                coordinatorOf(w),
                plan.id(),
                new StaffingCommand(List.of(
                        new Staffing("Sykepleiere", BigDecimal.TEN, BigDecimal.ONE, 1, 1, 1, 1, BigDecimal.ONE))));
        String page = "/needs/plans/" + plan.id();
        // the empty row between is left out: the problem stands at the row the person typed
        assertThat(mvc.post()
                        .uri(page + "/staffing")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].profession", "Sykepleiere")
                        .param("rows[0].fullTimeEquivalents", "-2")
                        .param("rows[1].profession", "")
                        .param("rows[2].profession", "Helsefagarbeidere")
                        .param("rows[2].turnoverPercent", "150"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Kan ikke være negativt.",
                        "Turnover må være mellom 0 og 100 prosent.",
                        "id=\"rows[2].turnoverPercent-error\"",
                        "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri(page + "/staffing")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].profession", "Sykepleiere")
                        .param("rows[0].fullTimeEquivalents", "ti")
                        .param("rows[0].under30", "1.5"))
                .hasStatusOk()
                .bodyText()
                .contains("Ugyldig verdi.", "value=\"ti\"");
        assertThat(mvc.post()
                        .uri(page + "/competence")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].area", "Demensomsorg")
                        .param("rows[0].required", "-1")
                        .param("rows[0].held", "2"))
                .hasStatusOk()
                .bodyText()
                .contains("Kan ikke være negativt.");
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].kind", "RECRUITMENT")
                        .param("rows[0].description", "Heltidsstillinger")
                        .param("rows[0].deadline", "2029-12-31")
                        .param("rows[0].status", "PLANNED"))
                .hasStatusOk()
                .bodyText()
                .contains("Fristen kan ikke være før planåret 2030.");
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].kind", "NO_SUCH_KIND")
                        .param("rows[0].description", "Heltidsstillinger"))
                .hasStatusOk()
                .bodyText()
                .contains("Ugyldig verdi.");
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("organisationId", w.municipality().id().toString())
                        .param("year", "1999"))
                .hasStatusOk()
                .bodyText()
                .contains("Året må være mellom 2000 og 2100.");
        CompetencePlan after = plans.plan(coordinatorOf(w), plan.id());
        assertThat(after.staffing()).singleElement().satisfies(s -> assertThat(s.fullTimeEquivalents())
                .isEqualByComparingTo("10"));
        assertThat(after.competence()).isEmpty();
        assertThat(after.measures()).isEmpty();
        assertThat(plans.plans(coordinatorOf(w), null)).hasSize(1);
    }

    @Test
    void stepsGoalsAndMeasuresAreSavedAndShown() {
        var w = worlds.create();
        CompetencePlan plan = planOf(w, w.municipality().id(), 2030);
        String page = "/needs/plans/" + plan.id();
        var steps = mvc.post()
                .uri(page + "/steps")
                .with(as(w.contact()))
                .with(csrf())
                .param("goals", "Flere i hele stillinger")
                .param("evaluation", "");
        PlanStep[] all = PlanStep.values();
        for (int i = 0; i < all.length; i++) {
            steps = steps.param("steps[" + i + "].step", all[i].name())
                    .param("steps[" + i + "].status", i < 2 ? "DONE" : "NOT_STARTED")
                    .param("steps[" + i + "].note", i == 1 ? "Vedtatt i kommunestyret" : "");
        }
        assertThat(steps).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].kind", "FURTHER_EDUCATION")
                        .param("rows[0].description", "Videreutdanning i demensomsorg")
                        .param("rows[0].responsible", "Kommunalsjef")
                        .param("rows[0].deadline", "2030-12-31")
                        .param("rows[0].status", "STARTED")
                        .param("rows[1].description", ""))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(page + "/competence")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].area", "Demensomsorg")
                        .param("rows[0].required", "12")
                        .param("rows[0].held", "7"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page).with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Flere i hele stillinger",
                        "Vedtatt i kommunestyret",
                        "2 av 7",
                        "Videreutdanning i demensomsorg",
                        "31.12.2030",
                        "Startet",
                        "Demensomsorg");
        CompetencePlan saved = plans.plan(coordinatorOf(w), plan.id());
        assertThat(saved.competence()).singleElement().satisfies(c -> assertThat(c.gap())
                .isEqualTo(5));
        assertThat(mvc.get().uri(page + "/measures").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Tiltak 2", "Ikke skriv helseopplysninger om pasienter her.");
    }

    @Test
    void aContactSeesOnlyTheirOwnMunicipalitysPlans() {
        var w = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(w.id(), "5524");
        CompetencePlan own = planOf(w, w.municipality().id(), 2030);
        CompetencePlan other = planOf(w, malselv.id(), 2030);
        String page = "/needs/plans/" + other.id();
        assertThat(mvc.get().uri(page).with(as(w.contact()))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/staffing").with(as(w.contact()))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/pdf").with(as(w.contact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/staffing")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].profession", "Sykepleiere"))
                .hasStatus(404);
        assertThat(plans.plan(coordinatorOf(w), other.id()).staffing()).isEmpty();
        // nor can they create one for another municipality: their own is taken
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("organisationId", malselv.id().toString())
                        .param("year", "2031"))
                .hasStatus3xxRedirection();
        assertThat(plans.plans(new PlanScope(w.id(), malselv.id()), null)).hasSize(1);
        assertThat(mvc.get().uri("/needs/plans?year=2030").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu")
                .doesNotContain("Målselv");
        assertThat(mvc.get().uri("/needs/plans/" + own.id()).with(as(w.contact())))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/plans/" + other.id()).with(as(w.contact())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/plans?year=2030").with(as(w.contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }

    @Test
    void theCoordinatorSeesEveryMemberSideBySideAndEditsAny() {
        var w = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(w.id(), "5524");
        CompetencePlan bardu = planOf(w, w.municipality().id(), 2030);
        plans.updateStaffing(
                coordinatorOf(w),
                bardu.id(),
                new StaffingCommand(List.of(new Staffing(
                        "Sykepleiere", BigDecimal.TEN, new BigDecimal("2.5"), 1, 1, 1, 1, BigDecimal.ONE))));
        assertThat(mvc.get().uri("/needs/plans?year=2030").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Kompetanseplaner 2030", "Bardu", "Målselv", "Ingen plan ennå", "0 av 7", "2,5");
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("organisationId", malselv.id().toString())
                        .param("year", "2030"))
                .hasStatus3xxRedirection();
        CompetencePlan created = plans.plans(new PlanScope(w.id(), malselv.id()), 2030).stream()
                .map(p -> plans.plan(coordinatorOf(w), p.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.post()
                        .uri("/needs/plans/" + created.id() + "/competence")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("rows[0].area", "Velferdsteknologi")
                        .param("rows[0].required", "8")
                        .param("rows[0].held", "2"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/needs/plans/regional").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Rekruttere og beholde", "Sykepleiere", "<svg", "10,0 årsverk, 2,5 ledige, 1,0 % turnover");
        assertThat(mvc.get().uri("/api/v1/plans?year=2030").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(2);
        assertThat(mvc.get().uri("/api/v1/plans/" + created.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.competence[0].gap")
                .isEqualTo(6);
    }

    @Test
    void thePlanIsAPdf() {
        var w = worlds.create();
        CompetencePlan plan = planOf(w, w.municipality().id(), 2030);
        var result = mvc.get()
                .uri("/needs/plans/" + plan.id() + "/pdf")
                .with(as(w.contact()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF");
    }

    @Test
    void otherRolesGet403() {
        var w = worlds.create();
        CompetencePlan plan = planOf(w, w.municipality().id(), 2030);
        for (String uri :
                List.of("/needs/plans", "/needs/plans/" + plan.id(), "/needs/plans/regional", "/api/v1/plans")) {
            assertThat(mvc.get().uri(uri).with(as(w.participant()))).hasStatus(403);
        }
        assertThat(mvc.post()
                        .uri("/needs/plans/" + plan.id() + "/competence")
                        .with(as(w.participant()))
                        .with(csrf())
                        .param("rows[0].area", "Demens"))
                .hasStatus(403);
        // the regional figures are the coordinators'
        assertThat(mvc.get().uri("/needs/plans/regional").with(as(w.contact()))).hasStatus(403);
    }

    @Test
    void anotherCollaborationsPlanIsNotFound() {
        var w = worlds.create();
        var other = worlds.create();
        CompetencePlan plan = planOf(w, w.municipality().id(), 2030);
        String page = "/needs/plans/" + plan.id();
        assertThat(mvc.get().uri(page).with(as(other.coordinator()))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/pdf").with(as(other.coordinator()))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/measures").with(as(other.contact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/competence")
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("rows[0].area", "Demens"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/plans/" + plan.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/needs/plans/" + UUID.randomUUID()).with(as(w.coordinator())))
                .hasStatus(404);
        // a municipality of the other collaboration cannot be given a plan here
        assertThat(mvc.post()
                        .uri("/needs/plans")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("organisationId", other.municipality().id().toString())
                        .param("year", "2030"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en medlemskommune.");
        assertThat(plans.plans(new PlanScope(other.id(), null), null)).isEmpty();
    }

    @Test
    void theDemoPlansFillTheOverviewAndTheRegionalFigures() {
        var coordinator = worlds.loktaCoordinator();
        assertThat(mvc.get().uri("/needs/plans?year=2026").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu", "Senja", "Målselv", "Sørreisa", "Ingen plan ennå");
        assertThat(mvc.get().uri("/needs/plans/regional?lang=en").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Recruit and retain", "Sykepleiere", "Helsefagarbeidere", "Assistenter", "2027");
    }
}
