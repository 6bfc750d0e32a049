package no.lokta.project.funding;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.work.ProjectManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bad input to projects and their money is refused at the field and changes nothing. */
@LoktaTest
class FundingRulesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    FundingManagement funding;

    @Autowired
    ProjectManagement projects;

    @Autowired
    JdbcClient jdbc;

    private long audited(ProjectFixtures.Setting s) {
        return jdbc.sql("select count(*) from platform.audit_log where collaboration_id = ?")
                .param(s.world().id())
                .query(Long.class)
                .single();
    }

    @Test
    void aProjectEndingBeforeItStartsIsRefused() {
        var s = fixtures.create();
        long before = audited(s);
        assertThat(mvc.post()
                        .uri("/projects")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("name", "Baklengs")
                        .param("phase", "IDEA")
                        .param("startsOn", "2030-06-01")
                        .param("endsOn", "2030-05-31")
                        .param("matchingShare", "1"))
                .hasStatusOk()
                .bodyText()
                .contains("Sluttdatoen kan ikke være før startdatoen.");
        assertThat(projects.projects(s.world().id())).hasSize(1);
        // the same on a change, and the project stays as it was
        assertThat(mvc.post()
                        .uri("/projects/" + s.project().id())
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("name", "Felles legevakt")
                        .param("phase", "IDEA")
                        .param("startsOn", "2030-06-01")
                        .param("endsOn", "2029-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Sluttdatoen kan ikke være før startdatoen.");
        assertThat(projects.project(s.world().id(), s.project().id())).isEqualTo(s.project());
        assertThat(audited(s)).isEqualTo(before);
    }

    @Test
    void negativeAmountsAreRefusedAtTheField() {
        var s = fixtures.create();
        String lines = "/projects/" + s.project().id() + "/funding/lines";
        assertThat(mvc.post()
                        .uri(lines)
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("year", "2030")
                        .param("kind", "GRANT")
                        .param("funderId", s.funder().id().toString())
                        .param("amount", "-500 000"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et beløp i kroner uten minustegn");
        assertThat(mvc.post()
                        .uri(lines)
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("year", "2030")
                        .param("kind", "OWN_HOURS")
                        .param("organisationId", s.world().municipality().id().toString())
                        .param("hours", "-10")
                        .param("rate", "500"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et antall timer uten minustegn");
        assertThat(mvc.post()
                        .uri("/projects/" + s.project().id() + "/funding/applications")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("funderId", s.funder().id().toString())
                        .param("year", "2030")
                        .param("applied", "-1")
                        .param("deadline", "2030-02-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et beløp i kroner uten minustegn");
        assertThat(funding.lines(s.world().id(), s.project().id())).isEmpty();
        assertThat(funding.applicationsOf(s.world().id(), s.project().id())).isEmpty();
    }

    @Test
    void ownContributionInHoursIsHoursTimesTheRate() {
        var s = fixtures.create();
        assertThat(mvc.post()
                        .uri("/projects/" + s.project().id() + "/funding/lines")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("year", "2030")
                        .param("kind", "OWN_HOURS")
                        .param("organisationId", s.world().municipality().id().toString())
                        .param("hours", "120,5")
                        .param("rate", "512,50"))
                .hasStatus3xxRedirection();
        FundingLineSummary line =
                funding.lines(s.world().id(), s.project().id()).getFirst();
        assertThat(line.hours()).isEqualByComparingTo(new BigDecimal("120.5"));
        assertThat(line.planned()).isEqualTo(new Nok(6_175_625));
    }

    @Test
    void aGrantLargerThanAppliedForNeedsANote() {
        var s = fixtures.create();
        ApplicationSummary a = fixtures.submitted(s);
        String grant = "/projects/" + s.project().id() + "/funding/applications/" + a.id() + "/grant";
        assertThat(mvc.post()
                        .uri(grant)
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("granted", "600 000")
                        .param("grantedOn", "2030-03-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Det er innvilget mer enn søkt (500 000 kr). Skriv en merknad som forklarer hvorfor.");
        assertThat(funding.application(s.world().id(), a.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(funding.lines(s.world().id(), s.project().id())).isEmpty();

        assertThat(mvc.post()
                        .uri(grant)
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("granted", "600 000")
                        .param("grantedOn", "2030-03-01")
                        .param("note", "Økt ramme etter revidert budsjett"))
                .hasStatus3xxRedirection();
        ApplicationSummary granted = funding.application(s.world().id(), a.id());
        assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(granted.granted()).isEqualTo(Nok.kroner(600_000));
        // the grant is in the plan once, even when it is recorded again
        funding.grant(s.world().id(), a.id(), new GrantDecision(Nok.kroner(450_000), LocalDate.of(2030, 3, 2), "", ""));
        List<FundingLineSummary> lines =
                funding.lines(s.world().id(), s.project().id());
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(FundingKind.GRANT);
            assertThat(l.planned()).isEqualTo(Nok.kroner(450_000));
            assertThat(l.year()).isEqualTo(2030);
        });
    }

    @Test
    void aReportingDateBeforeTheGrantIsRefused() {
        var s = fixtures.create();
        ApplicationSummary a = fixtures.submitted(s);
        funding.grant(
                s.world().id(),
                a.id(),
                new GrantDecision(Nok.kroner(500_000), LocalDate.of(2030, 3, 1), "Rapport innen 1. mars 2031", ""));
        assertThat(mvc.post()
                        .uri("/projects/" + s.project().id() + "/funding/duties")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("applicationId", a.id().toString())
                        .param("what", "Sluttrapport")
                        .param("recipient", "Statsforvalteren")
                        .param("dueOn", "2030-02-28")
                        .param("remindDays", "14"))
                .hasStatusOk()
                .bodyText()
                .contains("Fristen kan ikke være før tilsagnet ble gitt (01.03.2030).");
        assertThat(funding.dutiesOf(s.world().id(), s.project().id())).isEmpty();
        assertThat(mvc.post()
                        .uri("/projects/" + s.project().id() + "/funding/duties")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("applicationId", a.id().toString())
                        .param("what", "Sluttrapport")
                        .param("dueOn", "2031-03-01")
                        .param("remindDays", "14"))
                .hasStatus3xxRedirection();
        assertThat(funding.dutiesOf(s.world().id(), s.project().id())).hasSize(1);
    }

    @Test
    void theMatchingRuleIsCheckedPerYear() {
        var s = fixtures.create();
        var c = s.world().id();
        var p = s.project().id();
        funding.addLine(
                c,
                p,
                new FundingLineCommand(
                        2030, FundingKind.GRANT, s.funder().id(), null, "", null, null, Nok.kroner(1_000), null));
        funding.addLine(
                c,
                p,
                new FundingLineCommand(
                        2030,
                        FundingKind.OWN_MONEY,
                        null,
                        s.world().municipality().id(),
                        "",
                        null,
                        null,
                        Nok.kroner(1_000),
                        null));
        funding.addLine(
                c,
                p,
                new FundingLineCommand(
                        2031, FundingKind.GRANT, s.funder().id(), null, "", null, null, Nok.kroner(1_000), null));
        funding.addLine(
                c,
                p,
                new FundingLineCommand(
                        2031,
                        FundingKind.OWN_MONEY,
                        null,
                        s.world().municipality().id(),
                        "",
                        null,
                        null,
                        new Nok(99_999),
                        null));
        FundingPlan plan = funding.plan(c, p);
        assertThat(plan.unmatched()).extracting(FundingPlan.Year::year).containsExactly(2031);
        assertThat(plan.years().get(1).ownMissing()).isEqualTo(new Nok(1));
        assertThat(plan.total()).isEqualTo(new Nok(399_999));
    }

    @Test
    void aGrantLineNeedsItsFunderAndOwnContributionItsPartner() {
        assertThatThrownBy(() -> new FundingLineCommand(
                        2030, FundingKind.GRANT, null, null, "", null, null, Nok.kroner(1), null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).errors().getFirst().field())
                                .isEqualTo("funderId"));
        assertThatThrownBy(() ->
                        new FundingLineCommand(2030, FundingKind.OWN_HOURS, null, null, "", null, null, null, null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .contains("organisationId", "hours", "rate"));
    }
}
