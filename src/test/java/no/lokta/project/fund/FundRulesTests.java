package no.lokta.project.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.lokta.LoktaTest;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input to calls, applications and awards is refused with a field message and changes nothing. */
@LoktaTest
class FundRulesTests {

    @Autowired
    FundFixtures fixtures;

    @Autowired
    FundManagement funds;

    @Autowired
    JdbcClient jdbc;

    private static final LocalDate DAY = LocalDate.of(2030, 3, 1);

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }

    private int rows(FundFixtures.Setting s) {
        return jdbc.sql("""
                        select (select count(*) from project.fund_call where collaboration_id = ?)
                          + (select count(*) from project.fund_application a join project.fund_call c on c.id = a.call_id
                              where c.collaboration_id = ?)
                          + (select count(*) from platform.audit_log where collaboration_id = ? and entity_type like 'fund%')""").params(s.id(), s.id(), s.id()).query(Integer.class).single();
    }

    @Test
    void commandsRefuseZeroAmountsDeadlinesBeforeOpeningAndScoresOutOfRange() {
        refused(() -> new CallCommand("Midler", "", "", new Nok(0), DAY, DAY), "pot", "fund.amount.positive");
        refused(
                () -> new CallCommand("Midler", "", "", Nok.kroner(100), DAY, DAY.minusDays(1)),
                "deadline",
                "fund.deadline.beforeOpening");
        refused(() -> new CallCommand(" ", "", "", Nok.kroner(100), DAY, DAY), "title", "NotBlank");
        refused(() -> new ApplyCommand("Tiltak", "", new Nok(0), "Kari"), "amount", "fund.amount.positive");
        refused(() -> new AwardCommand(new Nok(0), DAY), "amount", "fund.amount.positive");
        refused(() -> new AssessmentCommand("God", 6), "score", "fund.score.range");
        refused(() -> new AssessmentCommand("God", 0), "score", "fund.score.range");
        assertThat(new AssessmentCommand("God", null).score()).isNull();
        // a negative amount cannot even be made
        assertThatThrownBy(() -> new Nok(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Nok.parse("-5 000")).isEmpty();
    }

    @Test
    void applyingToADraftOrClosedCallIsRefusedAndChangesNothing() {
        var s = fixtures.create();
        CallSummary open = fixtures.openCall(s, "Utviklingsmidler 2030", 100_000);
        CallSummary closed = funds.changeStatus(s.id(), open.id(), CallStatus.CLOSED);
        int before = rows(s);
        refused(() -> fixtures.apply(s, s.bardu(), closed, "Tiltak", 10_000), "call", "fund.apply.notOpen");
        assertThat(rows(s)).isEqualTo(before);
        assertThat(funds.applicationsOf(s.id(), s.bardu())).isEmpty();

        CallSummary draft = funds.createCall(
                s.id(),
                new CallCommand(
                        "Utkast",
                        "",
                        "",
                        Nok.kroner(1000),
                        funds.today(),
                        funds.today().plusDays(5)));
        int beforeDraft = rows(s);
        assertThatThrownBy(() -> fixtures.apply(s, s.bardu(), draft, "Tiltak", 100))
                .isInstanceOf(FundNotFound.class);
        assertThat(rows(s)).isEqualTo(beforeDraft);

        // an open call whose deadline has passed takes no applications either
        CallSummary late = fixtures.openCall(s, "Gammel", 1000);
        funds.updateCall(
                s.id(),
                late.id(),
                new CallCommand(
                        "Gammel",
                        "",
                        "",
                        Nok.kroner(1000),
                        funds.today().minusDays(10),
                        funds.today().minusDays(1)));
        int beforeLate = rows(s);
        refused(() -> fixtures.apply(s, s.bardu(), late, "Tiltak", 100), "call", "fund.apply.notOpen");
        assertThat(rows(s)).isEqualTo(beforeLate);
    }

    @Test
    void anAwardAboveTheAmountAppliedForOrBeyondThePotIsRefusedAndChangesNothing() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 100_000);
        ApplicationSummary first = fixtures.apply(s, s.bardu(), call, "Frisklivssentral", 70_000);
        ApplicationSummary second = fixtures.apply(s, s.malselv().id(), call, "Ambulant team", 50_000);
        LocalDate due = funds.today().plusMonths(12);

        int before = rows(s);
        refused(
                () -> funds.award(s.id(), first.id(), new AwardCommand(Nok.kroner(70_001), due)),
                "amount",
                "fund.award.moreThanApplied");
        assertThat(rows(s)).isEqualTo(before);
        assertThat(funds.application(s.id(), first.id()).decision()).isEqualTo(Decision.PENDING);

        funds.award(s.id(), first.id(), new AwardCommand(Nok.kroner(70_000), due));
        int afterFirst = rows(s);
        refused(
                () -> funds.award(s.id(), second.id(), new AwardCommand(Nok.kroner(30_001), due)),
                "amount",
                "fund.award.beyondPot");
        assertThat(rows(s)).isEqualTo(afterFirst);
        ApplicationSummary untouched = funds.application(s.id(), second.id());
        assertThat(untouched.decision()).isEqualTo(Decision.PENDING);
        assertThat(untouched.awarded()).isNull();
        assertThat(funds.call(s.id(), call.id()).awarded()).isEqualTo(Nok.kroner(70_000));

        // exactly what remains is fine, and the pot is then used up
        ApplicationSummary awarded = funds.award(s.id(), second.id(), new AwardCommand(Nok.kroner(30_000), due));
        assertThat(awarded.decision()).isEqualTo(Decision.AWARDED);
        assertThat(awarded.decidedOn()).isEqualTo(funds.today());
        assertThat(awarded.reportDue()).isEqualTo(due);
        CallSummary full = funds.call(s.id(), call.id());
        assertThat(full.remaining()).isEqualTo(new Nok(0));
        assertThat(full.awardedPercent()).isEqualTo(100);

        // a decided application is not decided again; the pot may not shrink below what is awarded
        int decided = rows(s);
        refused(() -> funds.reject(s.id(), first.id()), "decision", "fund.decision.already");
        refused(
                () -> funds.updateCall(
                        s.id(),
                        call.id(),
                        new CallCommand(
                                "Utviklingsmidler", "", "", Nok.kroner(99_999), call.opensOn(), call.deadline())),
                "pot",
                "fund.pot.belowAwarded");
        assertThat(rows(s)).isEqualTo(decided);
        assertThat(funds.call(s.id(), call.id()).pot()).isEqualTo(Nok.kroner(100_000));
    }

    @Test
    void aRejectionIsRecordedWithItsDateAndReportsAreOwedOnlyForAwards() {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 100_000);
        ApplicationSummary a = fixtures.apply(s, s.bardu(), call, "Tiltak", 10_000);
        funds.assess(s.id(), a.id(), new AssessmentCommand("Svakt forankret.", 2));
        ApplicationSummary rejected = funds.reject(s.id(), a.id());
        assertThat(rejected.decision()).isEqualTo(Decision.REJECTED);
        assertThat(rejected.decidedOn()).isEqualTo(funds.today());
        assertThat(rejected.score()).isEqualTo(2);
        assertThat(rejected.reportState(funds.today())).isEqualTo(ReportState.NONE);
        refused(
                () -> funds.report(s.id(), s.bardu(), a.id(), new ReportCommand("Rapport")),
                "text",
                "fund.report.notAwarded");
        // another municipality cannot report on it at all
        assertThatThrownBy(() -> funds.report(s.id(), s.malselv().id(), a.id(), new ReportCommand("Rapport")))
                .isInstanceOf(FundNotFound.class);
        // another collaboration does not see it
        var other = fixtures.create();
        assertThatThrownBy(() -> funds.application(other.id(), a.id())).isInstanceOf(FundNotFound.class);
        assertThatThrownBy(() -> funds.call(other.id(), call.id())).isInstanceOf(FundNotFound.class);

        ApplicationSummary b = fixtures.apply(s, s.bardu(), call, "Tiltak 2", 10_000);
        LocalDate due = funds.today().plusDays(1);
        ApplicationSummary awarded = funds.award(s.id(), b.id(), new AwardCommand(Nok.kroner(5_000), due));
        assertThat(awarded.reportState(funds.today())).isEqualTo(ReportState.DUE);
        assertThat(awarded.reportState(due.plusDays(1))).isEqualTo(ReportState.OVERDUE);
        refused(
                () -> funds.award(s.id(), b.id(), new AwardCommand(Nok.kroner(1), due)),
                "amount",
                "fund.decision.already");
        ApplicationSummary reported =
                funds.report(s.id(), s.bardu(), b.id(), new ReportCommand("Tiltaket ble gjennomført."));
        assertThat(reported.reportState(due.plusDays(1))).isEqualTo(ReportState.SUBMITTED);
        assertThat(reported.reportSubmittedOn()).isEqualTo(funds.today());
    }
}
