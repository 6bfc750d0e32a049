package no.lokta.project.funding;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.LoktaUser;
import no.lokta.project.work.MeasureSummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The Værnesregionen pilot as the demo holds it, and as its pages show it. */
@LoktaTest
class VaernesregionenTests {

    @Autowired
    MemberManagement members;

    @Autowired
    ProjectManagement projects;

    @Autowired
    FundingManagement funding;

    @Autowired
    TestWorld worlds;

    @Autowired
    MockMvcTester mvc;

    private UUID collaboration() {
        return members.collaborationNamed(VaernesregionenDemoData.NAME)
                .orElseThrow()
                .id();
    }

    private ProjectSummary pilot() {
        return projects.projects(collaboration()).stream()
                .filter(p -> p.name().equals(VaernesregionenDemoData.PROJECT))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void fourMunicipalitiesThreeHospitalTrustsAndSevenSubprojectsWithGoals() {
        List<OrganisationSummary> organisations = members.organisations(collaboration());
        assertThat(organisations.stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY))
                .extracting(OrganisationSummary::name)
                .containsExactlyInAnyOrder("Stjørdal", "Selbu", "Tydal", "Meråker");
        assertThat(organisations.stream().filter(o -> o.kind() == OrganisationKind.HOSPITAL_TRUST))
                .hasSize(3);
        ProjectSummary pilot = pilot();
        assertThat(pilot.participants()).hasSize(7);
        assertThat(projects.subprojects(collaboration(), pilot.id())).hasSize(7).allSatisfy(s -> assertThat(s.goal())
                .isNotBlank());
        assertThat(projects.subprojects(collaboration(), pilot.id()).get(5).startsOn())
                .hasToString("2011-01-01");
    }

    @Test
    void threeMeasuresFromTheFirstOfSeptember2010CoordinatedByStjordalDms() {
        List<MeasureSummary> measures = projects.measures(collaboration(), pilot().id());
        assertThat(measures)
                .extracting(MeasureSummary::name)
                .containsExactlyInAnyOrder("Interkommunal ernæringsfysiolog", "Innsatsteam", "Frisklivssentral");
        assertThat(measures).allSatisfy(m -> {
            assertThat(m.startsOn()).hasToString("2010-09-01");
            assertThat(m.coordinator()).isEqualTo("Stjørdal DMS (Stjørdal)");
        });
    }

    @Test
    void grantsOwnContributionAndFramesAddUpAndTheMatchingCheckFlags2011() {
        FundingPlan plan = funding.plan(collaboration(), pilot().id());
        assertThat(plan.years()).extracting(FundingPlan.Year::year).containsExactly(2010, 2011);
        FundingPlan.Year y2010 = plan.years().get(0);
        FundingPlan.Year y2011 = plan.years().get(1);
        assertThat(y2010.grants()).isEqualTo(Nok.kroner(1_600_000));
        assertThat(y2010.own()).isEqualTo(Nok.kroner(1_600_000));
        assertThat(y2010.total()).isEqualTo(Nok.kroner(3_200_000));
        assertThat(y2010.matchingMet()).isTrue();
        assertThat(y2011.grants()).isEqualTo(Nok.kroner(3_200_000));
        assertThat(y2011.own()).isEqualTo(Nok.kroner(1_900_000));
        assertThat(y2011.total()).isEqualTo(Nok.kroner(5_100_000));
        assertThat(y2011.matchingMet()).isFalse();
        assertThat(y2011.ownMissing()).isEqualTo(Nok.kroner(1_300_000));
        assertThat(plan.unmatched()).extracting(FundingPlan.Year::year).containsExactly(2011);
        assertThat(y2010.grantsByFunder()).containsEntry("Helse- og omsorgsdepartementet", Nok.kroner(1_000_000));
    }

    @Test
    void theFundingPageShowsTheTotalsAndTheFlag() {
        LoktaUser coordinator = worlds.demoCoordinator(VaernesregionenDemoData.NAME);
        assertThat(mvc.get().uri("/projects/" + pilot().id() + "/funding").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("1 600 000 kr", "3 200 000 kr", "5 100 000 kr", "1 900 000 kr")
                .contains("2011: egeninnsatsen er 1 900 000 kr, men regelen krever minst 3 200 000 kr");
        assertThat(mvc.get().uri("/projects/" + pilot().id()).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Felles brukerkontor", "Stjørdal DMS (Stjørdal)", "Grønn: i rute");
        assertThat(mvc.get().uri("/projects").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains(VaernesregionenDemoData.PROJECT, "8 300 000 kr", "Ikke oppfylt i 2011");
    }
}
