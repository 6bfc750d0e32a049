package no.lokta.needs.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Competence plans of Bardu, Senja (Lenvik's successor) and Målselv for 2026 and 2027, with
 * staffing of nurses, skilled workers and assistants and a few measures, so that the overview and
 * the regional figures show something.
 */
@Component
@Order(71)
class PlanDemoData implements DemoData {

    private static final String NURSES = "Sykepleiere";
    private static final String SKILLED = "Helsefagarbeidere";
    private static final String ASSISTANTS = "Assistenter";

    private final PlanManagement plans;
    private final MemberManagement members;

    PlanDemoData(PlanManagement plans, MemberManagement members) {
        this.plans = plans;
        this.members = members;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        PlanScope scope = new PlanScope(lokta.id(), null);
        List<OrganisationSummary> organisations = members.organisations(lokta.id());
        // municipality number, and its size relative to Bardu's
        record Member(String number, int size) {}
        for (Member m : List.of(new Member("5520", 1), new Member("5530", 4), new Member("5524", 2))) {
            UUID id = organisations.stream()
                    .filter(o -> m.number().equals(o.municipalityNumber()))
                    .map(OrganisationSummary::id)
                    .findFirst()
                    .orElseThrow();
            for (int year : new int[] {2026, 2027}) {
                plan(scope, id, year, m.size());
            }
        }
        return List.of();
    }

    private void plan(PlanScope scope, UUID organisationId, int year, int size) {
        CompetencePlan plan = plans.create(scope, new NewPlanCommand(organisationId, year));
        boolean later = year == 2027;
        // the first steps done, the next in progress; a year later they have come further
        int done = later ? 5 : 3;
        int inProgress = later ? 6 : 5;
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (PlanStep step : PlanStep.values()) {
            StepStatus status =
                    n < done ? StepStatus.DONE : n < inProgress ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED;
            steps.add(new Step(step, status, step == PlanStep.ANCHOR ? "Behandlet i helse- og omsorgsutvalget." : ""));
            n++;
        }
        plans.updateTexts(
                scope,
                plan.id(),
                new PlanTextsCommand(
                        "Nok fagfolk med riktig kompetanse i helse- og omsorgstjenestene; flere i hele stillinger.",
                        later ? "" : "Turnover blant sykepleiere gikk ned etter mentorordningen.",
                        steps));
        plans.updateStaffing(
                scope,
                plan.id(),
                new StaffingCommand(List.of(
                        staffing(NURSES, 22 * size, later ? 3 * size : 4 * size, size, 12 * (later ? 11 : 14)),
                        staffing(SKILLED, 35 * size, 2 * size, size, later ? 90 : 105),
                        staffing(ASSISTANTS, 12 * size, 0, size, 180))));
        plans.updateCompetence(
                scope,
                plan.id(),
                new CompetenceCommand(List.of(
                        new CompetenceNeed("Demensomsorg", 12 * size, (later ? 9 : 7) * size),
                        new CompetenceNeed("Lindrende behandling", 6 * size, 4 * size),
                        new CompetenceNeed("Velferdsteknologi", 8 * size, (later ? 5 : 2) * size))));
        plans.updateMeasures(
                scope,
                plan.id(),
                new MeasuresCommand(
                        year,
                        List.of(
                                new Measure(
                                        MeasureKind.FURTHER_EDUCATION,
                                        "Videreutdanning i demensomsorg for to sykepleiere",
                                        "Kommunalsjef helse og omsorg",
                                        LocalDate.of(year, 12, 31),
                                        later ? MeasureStatus.PLANNED : MeasureStatus.STARTED,
                                        null),
                                new Measure(
                                        MeasureKind.RECRUITMENT,
                                        "Heltidsstillinger og mentor for nyutdannede helsefagarbeidere",
                                        "Personalsjef",
                                        LocalDate.of(year, 6, 30),
                                        later ? MeasureStatus.STARTED : MeasureStatus.DONE,
                                        null),
                                new Measure(
                                        MeasureKind.PROGRAMME_ACTIVITY,
                                        "Fellessamling i demensomsorg i LØKTAs kompetanseprogram",
                                        "Fagutviklingssykepleier",
                                        LocalDate.of(year, 3, 31),
                                        MeasureStatus.PLANNED,
                                        null))));
    }

    /** A profession's staffing with its people spread over the age groups; turnover in tenths of a per cent. */
    private static Staffing staffing(String profession, int fte, int vacancies, int size, int turnoverTenths) {
        int people = fte + fte / 4;
        int under30 = people / 5;
        int from30To49 = people * 2 / 5;
        int from50To59 = people / 4;
        return new Staffing(
                profession,
                BigDecimal.valueOf(fte),
                BigDecimal.valueOf(vacancies),
                under30,
                from30To49,
                from50To59,
                people - under30 - from30To49 - from50To59,
                BigDecimal.valueOf(turnoverTenths + size, 1));
    }
}
