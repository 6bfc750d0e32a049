package no.lokta.needs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRulesTests {

    private static Staffing nurses(String fte, String vacancies, String turnover) {
        return new Staffing(
                " Sykepleiere ", new BigDecimal(fte), new BigDecimal(vacancies), 2, 10, 5, 3, new BigDecimal(turnover));
    }

    private static Staffing named(String profession, Staffing s) {
        return new Staffing(
                profession,
                s.fullTimeEquivalents(),
                s.vacancies(),
                s.under30(),
                s.from30To49(),
                s.from50To59(),
                s.over60(),
                s.turnoverPercent());
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.errors().stream()
                    .map(p -> p.field() + ":" + p.messageKey())
                    .toList();
        }
        throw new AssertionError("no problem found");
    }

    @ParameterizedTest
    @CsvSource({"10, 4, 6", "4, 10, -6", "5, 5, 0", "0, 0, 0"})
    void theGapIsRequiredMinusHeld(int required, int held, int gap) {
        assertThat(new CompetenceNeed("Demensomsorg", required, held).gap()).isEqualTo(gap);
    }

    @Test
    void headCountAndTotalsAddUp() {
        Staffing s = nurses("22.5", "3", "12.5");
        assertThat(s.profession()).isEqualTo("Sykepleiere");
        assertThat(s.headCount()).isEqualTo(20);
        CompetencePlan plan = new CompetencePlan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Bardu",
                2026,
                "",
                "",
                List.of(
                        new Step(PlanStep.ORGANISE, StepStatus.DONE, ""),
                        new Step(PlanStep.ANCHOR, StepStatus.IN_PROGRESS, "")),
                List.of(
                        s,
                        new Staffing(
                                "Assistenter",
                                new BigDecimal("4"),
                                new BigDecimal("1.5"),
                                1,
                                1,
                                1,
                                1,
                                BigDecimal.ZERO)),
                List.of(),
                List.of());
        assertThat(plan.totalFullTimeEquivalents()).isEqualByComparingTo("26.5");
        assertThat(plan.totalVacancies()).isEqualByComparingTo("4.5");
        assertThat(plan.totalHeadCount()).isEqualTo(24);
        assertThat(plan.stepsDone()).isEqualTo(1);
    }

    @Test
    void aGoodStaffingTableIsTaken() {
        StaffingCommand c =
                new StaffingCommand(List.of(nurses("22.5", "0", "100"), named("Assistenter", nurses("0", "0", "0"))));
        assertThat(c.rows()).hasSize(2);
    }

    @Test
    void negativeFigures_turnoverOutsideTheRange_andTwiceTheSameProfessionAreNamedByRowAndField() {
        assertThat(fields(() -> new StaffingCommand(List.of(
                        nurses("-1", "2", "10"),
                        nurses("5", "-0.5", "100.01"),
                        new Staffing("", BigDecimal.ONE, BigDecimal.ONE, -1, 0, 0, 0, new BigDecimal("-3")),
                        named("SYKEPLEIERE", nurses("5", "1", "12.345"))))))
                .containsExactly(
                        "rows[0].fullTimeEquivalents:plan.negative",
                        "rows[1].profession:plan.staffing.profession.twice",
                        "rows[1].vacancies:plan.negative",
                        "rows[1].turnoverPercent:plan.staffing.turnover.range",
                        "rows[2].profession:NotBlank",
                        "rows[2].under30:plan.negative",
                        "rows[2].turnoverPercent:plan.staffing.turnover.range",
                        "rows[3].profession:plan.staffing.profession.twice",
                        "rows[3].turnoverPercent:plan.decimals");
    }

    @Test
    void competenceCountsAreNotNegativeAndTheAreaIsNamed() {
        assertThat(fields(() -> new CompetenceCommand(
                        List.of(new CompetenceNeed("Demens", -1, 0), new CompetenceNeed(" ", 1, -2)))))
                .containsExactly(
                        "rows[0].required:plan.negative", "rows[1].area:NotBlank", "rows[1].held:plan.negative");
    }

    @Test
    void tooManyRowsAreRefused() {
        List<CompetenceNeed> rows = new ArrayList<>(Collections.nCopies(51, new CompetenceNeed("Demens", 1, 1)));
        assertThat(fields(() -> new CompetenceCommand(rows))).containsExactly("rows:plan.rows.tooMany");
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2026})
    void aYearOutside2000To2100IsRefused(int year) {
        assertThat(fields(() -> new NewPlanCommand(UUID.randomUUID(), year))).containsExactly("year:plan.year.range");
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2026, 2100})
    void aYearInside2000To2100IsTaken(int year) {
        assertThat(new NewPlanCommand(UUID.randomUUID(), year).year()).isEqualTo(year);
    }

    @Test
    void aDeadlineBeforeThePlanYearOrTenYearsOnIsRefused() {
        Measure before = measure(LocalDate.of(2025, 12, 31));
        Measure first = measure(LocalDate.of(2026, 1, 1));
        Measure none = measure(null);
        Measure late = measure(LocalDate.of(2037, 1, 1));
        assertThat(new MeasuresCommand(2026, List.of(first, none)).rows()).hasSize(2);
        assertThat(fields(() -> new MeasuresCommand(2026, List.of(first, before, late))))
                .containsExactly(
                        "rows[1].deadline:plan.measure.deadline.beforeYear",
                        "rows[2].deadline:plan.measure.deadline.tooLate");
        assertThat(fields(() -> new MeasuresCommand(
                        2026,
                        List.of(new Measure(
                                MeasureKind.RECRUITMENT, " ", "x".repeat(201), null, MeasureStatus.PLANNED, null)))))
                .containsExactly("rows[0].description:NotBlank", "rows[0].responsible:form.tooLong");
    }

    @Test
    void everyStepOnceOrNothing() {
        List<Step> all = new ArrayList<>();
        for (PlanStep s : PlanStep.values()) {
            all.add(new Step(s, StepStatus.NOT_STARTED, ""));
        }
        assertThat(new PlanTextsCommand(" Mål ", "", all).goals()).isEqualTo("Mål");
        List<Step> twice = new ArrayList<>(all);
        twice.set(6, new Step(PlanStep.ORGANISE, StepStatus.DONE, ""));
        assertThat(fields(() -> new PlanTextsCommand("", "", twice))).containsExactly("steps:plan.steps.incomplete");
        assertThat(fields(() -> new PlanTextsCommand("", "", all.subList(0, 6))))
                .containsExactly("steps:plan.steps.incomplete");
        assertThatThrownBy(() -> new PlanTextsCommand("x".repeat(4001), "", all))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("goals"));
    }

    private static Measure measure(@Nullable LocalDate deadline) {
        return new Measure(
                MeasureKind.FURTHER_EDUCATION, "Videreutdanning", "Leder", deadline, MeasureStatus.PLANNED, null);
    }
}
