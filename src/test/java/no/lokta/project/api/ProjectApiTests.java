package no.lokta.project.api;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.people.ApiTokens;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.LoktaUser;
import no.lokta.project.fund.CallCommand;
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import no.lokta.project.funding.FunderCommand;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.funding.FunderSummary;
import no.lokta.project.funding.FundingKind;
import no.lokta.project.funding.FundingLineCommand;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.scheme.GrantSchemeCommand;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
import no.lokta.project.work.GoalCommand;
import no.lokta.project.work.GoalSummary;
import no.lokta.project.work.Light;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import no.lokta.project.work.StatusReportCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The JSON API of projects, their money, grant schemes and development funds: shapes and figures
 * (Værnesregionen's pilot as the demo holds it), roles, other collaborations, a personal API token
 * and the OpenAPI document.
 */
@LoktaTest
class ProjectApiTests {

    private static final String VAERNES = "Værnesregionen";
    private static final String PILOT = "Samhandling innen helse- og omsorgstjenester i Værnesregionen";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    ProjectManagement projects;

    @Autowired
    FundingManagement funding;

    @Autowired
    SchemeManagement schemes;

    @Autowired
    FundManagement funds;

    @Autowired
    ApiTokens tokens;

    private UUID vaernes() {
        return members.collaborationNamed(VAERNES).orElseThrow().id();
    }

    private UUID pilot() {
        return projects.projects(vaernes()).stream()
                .filter(p -> p.name().equals(PILOT))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private LoktaUser coordinator() {
        return worlds.demoCoordinator(VAERNES);
    }

    @Test
    void theListGivesEachProjectItsMoneyInOre() {
        String pilot = "$[?(@.name == '" + PILOT + "')]";
        var json = assertThat(mvc.get().uri("/api/v1/projects").with(as(coordinator())))
                .hasStatusOk()
                .hasContentType("application/json")
                .bodyJson();
        json.extractingPath(pilot + ".id").asArray().containsExactly(pilot().toString());
        json.extractingPath(pilot + ".phase").asArray().containsExactly("CLOSED");
        json.extractingPath(pilot + ".startsOn").asArray().containsExactly("2010-01-01");
        json.extractingPath(pilot + ".participants").asArray().containsExactly(7);
        // 1.6 M + 3.2 M in grants, 1.6 M + 1.9 M own contribution, frames 3.2 M + 5.1 M
        json.extractingPath(pilot + ".grants").asArray().containsExactly(480_000_000);
        json.extractingPath(pilot + ".own").asArray().containsExactly(350_000_000);
        json.extractingPath(pilot + ".other").asArray().containsExactly(0);
        json.extractingPath(pilot + ".total").asArray().containsExactly(830_000_000);
        json.extractingPath(pilot + ".matchingMet").asArray().containsExactly(false);
        json.extractingPath(pilot + ".unmatchedYears[0]").asArray().containsExactly(2011);
    }

    @Test
    void oneProjectWithItsPartsAndItsFundingPlanPerYear() {
        var json = assertThat(mvc.get().uri("/api/v1/projects/{id}", pilot()).with(as(coordinator())))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.name").isEqualTo(PILOT);
        json.extractingPath("$.participants").asArray().hasSize(7);
        json.extractingPath("$.subprojects").asArray().hasSize(7);
        json.extractingPath("$.subprojects[0].number").isEqualTo(1);
        json.extractingPath("$.subprojects[0].light").isEqualTo("GREEN");
        json.extractingPath("$.subprojects[5].light").isEqualTo("YELLOW");
        json.extractingPath("$.subprojects[5].startsOn").isEqualTo("2011-01-01");
        json.extractingPath("$.goals").asArray().isNotEmpty();
        json.extractingPath("$.measures[*].name")
                .asArray()
                .containsExactlyInAnyOrder("Interkommunal ernæringsfysiolog", "Innsatsteam", "Frisklivssentral");
        json.extractingPath("$.measures[0].coordinator").isEqualTo("Stjørdal DMS (Stjørdal)");
        json.extractingPath("$.measures[0].startsOn").isEqualTo("2010-09-01");
        json.extractingPath("$.milestones").asArray().isNotEmpty();
        json.extractingPath("$.risks").asArray().isNotEmpty();
        json.extractingPath("$.risks[0].score").isEqualTo(12);
        json.extractingPath("$.decisions").asArray().isNotEmpty();

        json.extractingPath("$.funding.years[*].year").asArray().containsExactly(2010, 2011);
        json.extractingPath("$.funding.years[0].grants").isEqualTo(160_000_000);
        json.extractingPath("$.funding.years[0].own").isEqualTo(160_000_000);
        json.extractingPath("$.funding.years[0].other").isEqualTo(0);
        json.extractingPath("$.funding.years[0].total").isEqualTo(320_000_000);
        json.extractingPath("$.funding.years[0].budget").isEqualTo(320_000_000);
        json.extractingPath("$.funding.years[0].ownRequired").isEqualTo(160_000_000);
        json.extractingPath("$.funding.years[0].matchingMet").isEqualTo(true);
        json.extractingPath("$.funding.years[0].grantsByFunder['Helse- og omsorgsdepartementet']")
                .isEqualTo(100_000_000);
        json.extractingPath("$.funding.years[1].grants").isEqualTo(320_000_000);
        json.extractingPath("$.funding.years[1].own").isEqualTo(190_000_000);
        json.extractingPath("$.funding.years[1].total").isEqualTo(510_000_000);
        json.extractingPath("$.funding.years[1].ownRequired").isEqualTo(320_000_000);
        json.extractingPath("$.funding.years[1].matchingMet").isEqualTo(false);
        json.extractingPath("$.funding.total").isEqualTo(830_000_000);
        json.extractingPath("$.funding.matchingMet").isEqualTo(false);
        json.extractingPath("$.funding.unmatchedYears").asArray().containsExactly(2011);
    }

    @Test
    void applicationsAndReportingDutiesOfAProject() {
        var applications = assertThat(mvc.get()
                        .uri("/api/v1/projects/{id}/applications", pilot())
                        .with(as(coordinator())))
                .hasStatusOk()
                .bodyJson();
        applications.extractingPath("$").asArray().hasSize(6);
        applications.extractingPath("$[*].status").asArray().containsOnly("GRANTED");
        applications
                .extractingPath("$[?(@.year == 2011 && @.funderName == 'Helse- og omsorgsdepartementet')].granted")
                .asArray()
                .containsExactly(200_000_000);
        applications
                .extractingPath("$[?(@.year == 2010 && @.funderName == 'Fylkesmannen i Sør-Trøndelag')].applied")
                .asArray()
                .containsExactly(30_000_000);

        var duties = assertThat(mvc.get()
                        .uri("/api/v1/projects/{id}/reporting-duties", pilot())
                        .with(as(coordinator())))
                .hasStatusOk()
                .bodyJson();
        duties.extractingPath("$").asArray().hasSize(6);
        duties.extractingPath("$[*].state").asArray().containsOnly("REPORTED");
        duties.extractingPath("$[?(@.what == 'Rapport om bruken av midlene 2011')].dueOn")
                .asArray()
                .contains("2012-03-01");
    }

    @Test
    void thePortfolioSumsMoneyPerYearAndSource() {
        var json = assertThat(mvc.get().uri("/api/v1/projects/portfolio").with(as(coordinator())))
                .hasStatusOk()
                .bodyJson();
        String y2010 = "$.years[?(@.year == 2010)]";
        String y2011 = "$.years[?(@.year == 2011)]";
        json.extractingPath(y2010 + ".grants").asArray().containsExactly(160_000_000);
        json.extractingPath(y2010 + ".own").asArray().containsExactly(160_000_000);
        json.extractingPath(y2010 + ".total").asArray().containsExactly(320_000_000);
        json.extractingPath(y2010 + ".grantsByFunderKind.MINISTRY").asArray().containsExactly(100_000_000);
        json.extractingPath(y2010 + ".grantsByFunderKind.COUNTY_GOVERNOR")
                .asArray()
                .containsExactly(60_000_000);
        json.extractingPath(y2011 + ".grants").asArray().containsExactly(320_000_000);
        json.extractingPath(y2011 + ".own").asArray().containsExactly(190_000_000);
        json.extractingPath(y2011 + ".total").asArray().containsExactly(510_000_000);
        json.extractingPath(y2011 + ".grantsByFunder['Fylkesmannen i Nord-Trøndelag']")
                .asArray()
                .containsExactly(60_000_000);
        json.extractingPath(y2011 + ".ownByPartner['Stjørdal']").asArray().containsExactly(70_000_000);
        json.extractingPath("$.projects[?(@.name == '" + PILOT + "')].years[1].matchingMet")
                .asArray()
                .containsExactly(false);
        json.extractingPath("$.total").isEqualTo(830_000_000);
    }

    @Test
    void otherRolesAreRefused() {
        var world = worlds.create();
        for (LoktaUser user : List.of(world.participant(), world.contact())) {
            for (String uri : List.of(
                    "/api/v1/projects",
                    "/api/v1/projects/portfolio",
                    "/api/v1/projects/" + UUID.randomUUID(),
                    "/api/v1/projects/" + UUID.randomUUID() + "/applications",
                    "/api/v1/projects/" + UUID.randomUUID() + "/reporting-duties")) {
                assertThat(mvc.get().uri(uri).with(as(user))).as(uri).hasStatus(403);
            }
        }
        for (String uri : List.of("/api/v1/grant-schemes", "/api/v1/fund-calls")) {
            assertThat(mvc.get().uri(uri).with(as(world.participant()))).as(uri).hasStatus(403);
        }
        assertThat(mvc.get().uri("/api/v1/projects")).hasStatus(401);
    }

    @Test
    void anotherCollaborationsProjectIsNotFound() {
        LoktaUser stranger = worlds.create().coordinator();
        UUID pilot = pilot();
        for (String uri : List.of(
                "/api/v1/projects/" + pilot,
                "/api/v1/projects/" + pilot + "/applications",
                "/api/v1/projects/" + pilot + "/reporting-duties",
                "/api/v1/projects?collaboration=" + vaernes(),
                "/api/v1/projects/portfolio?collaboration=" + vaernes(),
                "/api/v1/grant-schemes?collaboration=" + vaernes(),
                "/api/v1/fund-calls?collaboration=" + vaernes())) {
            assertThat(mvc.get().uri(uri).with(as(stranger))).as(uri).hasStatus(404);
        }
        assertThat(mvc.get().uri("/api/v1/projects").with(as(stranger)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(PILOT);
        // the collaboration named explicitly works for one of its coordinators
        assertThat(mvc.get().uri("/api/v1/projects?collaboration=" + vaernes()).with(as(coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(PILOT);
    }

    @Test
    void aPersonalApiTokenReadsTheProjects() {
        var world = worlds.create();
        ProjectSummary project = projects.create(
                world.id(),
                new ProjectCommand(
                        "Felles legevakt",
                        "Prøve ut en felles legevakt.",
                        world.municipality().id(),
                        Set.of(world.municipality().id()),
                        "Kari Leder",
                        "",
                        ProjectPhase.MAIN_PROJECT,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 12, 31),
                        new BigDecimal("0.5")));
        FunderSummary funder = funding.createFunder(
                world.id(), new FunderCommand("Statsforvalteren i Troms", FunderKind.COUNTY_GOVERNOR));
        funding.addLine(
                world.id(),
                project.id(),
                new FundingLineCommand(
                        2030,
                        FundingKind.GRANT,
                        funder.id(),
                        null,
                        "Skjønnsmidler",
                        null,
                        null,
                        Nok.kroner(200_000),
                        null));
        funding.addLine(
                world.id(),
                project.id(),
                new FundingLineCommand(
                        2030,
                        FundingKind.OWN_HOURS,
                        null,
                        world.municipality().id(),
                        "Arbeid",
                        new BigDecimal("100.5"),
                        Nok.kroner(600),
                        null,
                        null));
        GoalSummary goal = projects.addGoal(
                world.id(),
                project.id(),
                new GoalCommand(null, "Færre innleggelser", "Innleggelser", null, null, null));
        projects.addStatusReport(
                world.id(),
                project.id(),
                new StatusReportCommand(
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 3, 31),
                        Light.YELLOW,
                        "Første kvartal.",
                        Map.of(goal.id(), Light.RED),
                        Map.of()),
                "Kari Leder");
        String token =
                tokens.create(world.coordinator().accountId(), "Fagsystem").value();

        var list = assertThat(mvc.get().uri("/api/v1/projects").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson();
        list.extractingPath("$[*].name").asArray().containsExactly("Felles legevakt");
        list.extractingPath("$[0].grants").isEqualTo(20_000_000);
        // 100.5 hours at 600 kr
        list.extractingPath("$[0].own").isEqualTo(6_030_000);
        list.extractingPath("$[0].ownerName").isEqualTo("Bardu");
        // the rule asks for half the grants, 100 000 kr
        list.extractingPath("$[0].matchingMet").isEqualTo(false);
        list.extractingPath("$[0].unmatchedYears").asArray().containsExactly(2030);

        var one = assertThat(
                        mvc.get().uri("/api/v1/projects/{id}", project.id()).header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson();
        one.extractingPath("$.owner.name").isEqualTo("Bardu");
        one.extractingPath("$.goals[0].description").isEqualTo("Færre innleggelser");
        one.extractingPath("$.goals[0].light").isEqualTo("RED");
        one.extractingPath("$.funding.years[0].ownRequired").isEqualTo(10_000_000);
        one.extractingPath("$.funding.years[0].total").isEqualTo(26_030_000);
        one.extractingPath("$.funding.years[0].ownByPartner.Bardu").isEqualTo(6_030_000);
    }

    @Test
    void grantSchemesForTheCoordinatorAndThePublishedOnesForAMunicipalityContact() {
        var world = worlds.create();
        GrantSchemeSummary published = schemes.create(
                world.id(),
                new GrantSchemeCommand(
                        "Kompetanse og innovasjon",
                        "Helsedirektoratet",
                        FunderKind.DIRECTORATE,
                        LocalDate.of(2031, 3, 1),
                        "Kommuner",
                        "https://www.helsedirektoratet.no",
                        "Tilskudd til kompetanseheving.",
                        Set.of()));
        schemes.publish(world.id(), published.id());
        schemes.create(
                world.id(),
                new GrantSchemeCommand(
                        "Utkast til ordning",
                        "Statsforvalteren",
                        FunderKind.COUNTY_GOVERNOR,
                        LocalDate.of(2031, 4, 1),
                        "",
                        "",
                        "",
                        Set.of()));

        var all = assertThat(mvc.get().uri("/api/v1/grant-schemes").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson();
        all.extractingPath("$[*].name")
                .asArray()
                .containsExactlyInAnyOrder("Kompetanse og innovasjon", "Utkast til ordning");
        var mine = assertThat(mvc.get().uri("/api/v1/grant-schemes").with(as(world.contact())))
                .hasStatusOk()
                .bodyJson();
        mine.extractingPath("$[*].name").asArray().containsExactly("Kompetanse og innovasjon");
        mine.extractingPath("$[0].funderKind").isEqualTo("DIRECTORATE");
        mine.extractingPath("$[0].deadline").isEqualTo("2031-03-01");
        mine.extractingPath("$[0].publishedOn").isNotNull();
    }

    @Test
    void fundCallsWithPotAwardedAndRemaining() {
        var world = worlds.create();
        CallSummary open = funds.createCall(
                world.id(),
                new CallCommand(
                        "Lokale tiltak 2031",
                        "Midler til lokale utviklingstiltak.",
                        "Samarbeid mellom kommuner.",
                        Nok.kroner(500_000),
                        LocalDate.of(2031, 1, 1),
                        LocalDate.of(2031, 3, 1)));
        funds.changeStatus(world.id(), open.id(), CallStatus.OPEN);
        funds.createCall(
                world.id(),
                new CallCommand(
                        "Utkast", "", "", Nok.kroner(100_000), LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 1)));

        var all = assertThat(mvc.get().uri("/api/v1/fund-calls").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson();
        all.extractingPath("$[*].title").asArray().containsExactlyInAnyOrder("Lokale tiltak 2031", "Utkast");
        String call = "$[?(@.title == 'Lokale tiltak 2031')]";
        all.extractingPath(call + ".pot").asArray().containsExactly(50_000_000);
        all.extractingPath(call + ".awarded").asArray().containsExactly(0);
        all.extractingPath(call + ".remaining").asArray().containsExactly(50_000_000);
        all.extractingPath(call + ".status").asArray().containsExactly("OPEN");
        all.extractingPath(call + ".applications").asArray().containsExactly(0);

        var published = assertThat(mvc.get().uri("/api/v1/fund-calls").with(as(world.contact())))
                .hasStatusOk()
                .bodyJson();
        published.extractingPath("$[*].title").asArray().containsExactly("Lokale tiltak 2031");
        published.extractingPath("$[0].remaining").isEqualTo(50_000_000);
        assertThat(mvc.get().uri("/api/v1/fund-calls").with(as(world.contact())))
                .bodyText()
                .doesNotContain("applications");
    }

    @Test
    void theOpenApiDocumentListsTheNewPaths() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "\"/api/v1/projects\"",
                        "\"/api/v1/projects/{id}\"",
                        "\"/api/v1/projects/portfolio\"",
                        "\"/api/v1/projects/{id}/applications\"",
                        "\"/api/v1/projects/{id}/reporting-duties\"",
                        "\"/api/v1/grant-schemes\"",
                        "\"/api/v1/fund-calls\"",
                        "ProjectDetails",
                        "PortfolioResponse",
                        "FundCallResponse");
    }
}
