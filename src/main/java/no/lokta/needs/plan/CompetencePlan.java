package no.lokta.needs.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A whole competence plan with its parts, as pages, the PDF and the API show it. */
public record CompetencePlan(
        UUID id,
        UUID collaborationId,
        UUID organisationId,
        String organisationName,
        int year,
        String goals,
        String evaluation,
        List<Step> steps,
        List<Staffing> staffing,
        List<CompetenceNeed> competence,
        List<Measure> measures) {

    public CompetencePlan {
        steps = List.copyOf(steps);
        staffing = List.copyOf(staffing);
        competence = List.copyOf(competence);
        measures = List.copyOf(measures);
    }

    public long stepsDone() {
        return steps.stream().filter(s -> s.status() == StepStatus.DONE).count();
    }

    public BigDecimal totalFullTimeEquivalents() {
        return staffing.stream().map(Staffing::fullTimeEquivalents).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalVacancies() {
        return staffing.stream().map(Staffing::vacancies).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int totalHeadCount() {
        return staffing.stream().mapToInt(Staffing::headCount).sum();
    }
}
