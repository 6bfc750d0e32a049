package no.lokta.project.work.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.FundingPlan;
import no.lokta.project.work.DecisionSummary;
import no.lokta.project.work.GoalSummary;
import no.lokta.project.work.Light;
import no.lokta.project.work.MeasureSummary;
import no.lokta.project.work.MilestoneSummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import no.lokta.project.work.RiskSummary;
import no.lokta.project.work.SubprojectStatus;
import no.lokta.project.work.SubprojectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects as JSON, in the collaboration named by {@code collaboration} (else the caller's current
 * one), for coordinators: the list with each project's money, and one project with its parts and
 * its funding plan per year. A caller outside the collaboration, or a project of another one, gets
 * 404; another role 403. Amounts are whole øre.
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(name = "Projects", description = "Joint projects (prosjekter): parts, goals, measures and funding plan")
@SecurityRequirement(name = "bearer")
class ProjectApiController {

    /** An organisation taking part in or owning a project. */
    record ProjectParty(UUID id, String name) {}

    /** A project in the list, with its funding totals over all years. */
    record ProjectListItem(
            UUID id,
            String name,
            ProjectPhase phase,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String ownerName,
            int participants,
            long grants,
            long own,
            long other,
            long total,
            long budget,
            @Nullable BigDecimal matchingShare,
            boolean matchingMet,
            List<Integer> unmatchedYears) {

        static ProjectListItem of(ProjectSummary p, FundingPlan plan) {
            return new ProjectListItem(
                    p.id(),
                    p.name(),
                    p.phase(),
                    p.startsOn(),
                    p.endsOn(),
                    p.ownerName(),
                    p.participants().size(),
                    plan.grants().ore(),
                    plan.own().ore(),
                    plan.other().ore(),
                    plan.total().ore(),
                    plan.budget().ore(),
                    p.matchingShare(),
                    plan.unmatched().isEmpty(),
                    yearsNotMatched(plan));
        }
    }

    /** One year of a project's funding plan; {@code ownRequired} is left out without a matching rule. */
    record ProjectPlanYear(
            int year,
            long grants,
            long own,
            long other,
            long total,
            long budget,
            @Nullable Long ownRequired,
            boolean matchingMet,
            Map<String, Long> grantsByFunder,
            Map<String, Long> ownByPartner) {

        static ProjectPlanYear of(FundingPlan.Year y) {
            Nok required = y.ownRequired();
            return new ProjectPlanYear(
                    y.year(),
                    y.grants().ore(),
                    y.own().ore(),
                    y.other().ore(),
                    y.total().ore(),
                    y.budget().ore(),
                    required == null ? null : required.ore(),
                    y.matchingMet(),
                    ore(y.grantsByFunder()),
                    ore(y.ownByPartner()));
        }
    }

    /** A project's funding plan: the years and their sums. */
    record ProjectFunding(
            List<ProjectPlanYear> years,
            long grants,
            long own,
            long other,
            long total,
            long budget,
            @Nullable BigDecimal matchingShare,
            boolean matchingMet,
            List<Integer> unmatchedYears) {

        static ProjectFunding of(FundingPlan plan) {
            return new ProjectFunding(
                    plan.years().stream().map(ProjectPlanYear::of).toList(),
                    plan.grants().ore(),
                    plan.own().ore(),
                    plan.other().ore(),
                    plan.total().ore(),
                    plan.budget().ore(),
                    plan.matchingShare(),
                    plan.unmatched().isEmpty(),
                    yearsNotMatched(plan));
        }
    }

    /** A subproject with the light of the latest status report that gave it one. */
    record ProjectSubproject(
            UUID id,
            int number,
            String name,
            String goal,
            String leader,
            ProjectPhase phase,
            SubprojectStatus status,
            @Nullable LocalDate startsOn,
            @Nullable Light light) {

        static ProjectSubproject of(SubprojectSummary s) {
            return new ProjectSubproject(
                    s.id(), s.number(), s.name(), s.goal(), s.leader(), s.phase(), s.status(), s.startsOn(), s.light());
        }
    }

    /** A goal with the light of the latest status report that gave it one. */
    record ProjectGoal(
            UUID id,
            @Nullable UUID subprojectId,
            String description,
            String indicator,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal achieved,
            @Nullable Light light) {

        static ProjectGoal of(GoalSummary g) {
            return new ProjectGoal(
                    g.id(),
                    g.subprojectId(),
                    g.description(),
                    g.indicator(),
                    g.baseline(),
                    g.target(),
                    g.achieved(),
                    g.light());
        }
    }

    /** A measure tried in practice and who coordinates it. */
    record ProjectMeasure(
            UUID id,
            String name,
            String description,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String coordinator,
            String outcome) {

        static ProjectMeasure of(MeasureSummary m) {
            return new ProjectMeasure(
                    m.id(), m.name(), m.description(), m.startsOn(), m.endsOn(), m.coordinator(), m.outcome());
        }
    }

    record ProjectMilestone(
            UUID id, String name, LocalDate dueOn, @Nullable LocalDate doneOn) {

        static ProjectMilestone of(MilestoneSummary m) {
            return new ProjectMilestone(m.id(), m.name(), m.dueOn(), m.doneOn());
        }
    }

    /** A risk; its score is likelihood times impact. */
    record ProjectRisk(
            UUID id, String description, int likelihood, int impact, int score, String mitigation, boolean closed) {

        static ProjectRisk of(RiskSummary r) {
            return new ProjectRisk(
                    r.id(), r.description(), r.likelihood(), r.impact(), r.score(), r.mitigation(), r.closed());
        }
    }

    record ProjectDecision(UUID id, LocalDate decidedOn, String decidedBy, String text) {

        static ProjectDecision of(DecisionSummary d) {
            return new ProjectDecision(d.id(), d.decidedOn(), d.decidedBy(), d.text());
        }
    }

    /** One project with its parts and its funding plan. */
    record ProjectDetails(
            UUID id,
            String name,
            String purpose,
            ProjectPhase phase,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable ProjectParty owner,
            List<ProjectParty> participants,
            String leader,
            String steeringGroup,
            List<ProjectSubproject> subprojects,
            List<ProjectGoal> goals,
            List<ProjectMeasure> measures,
            List<ProjectMilestone> milestones,
            List<ProjectRisk> risks,
            List<ProjectDecision> decisions,
            ProjectFunding funding) {}

    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final Tenancy tenancy;

    ProjectApiController(ProjectManagement projects, FundingManagement funding, Tenancy tenancy) {
        this.projects = projects;
        this.funding = funding;
        this.tenancy = tenancy;
    }

    private UUID collaborationId(@Nullable UUID collaboration) {
        CollaborationAccess access = collaboration == null
                ? tenancy.require(Role.COORDINATOR)
                : tenancy.require(collaboration, Role.COORDINATOR);
        return access.collaborationId();
    }

    @GetMapping
    @Operation(
            summary = "The projects, with grants, own contribution, other income, total frame and budget over all"
                    + " years, and whether the matching rule holds")
    List<ProjectListItem> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        UUID c = collaborationId(collaboration);
        return funding.portfolio(c).projects().stream()
                .map(e -> ProjectListItem.of(e.project(), e.plan()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One project: subprojects, goals with their latest light, measures, milestones, risks,"
                    + " decisions and the funding plan per year")
    ProjectDetails show(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        UUID c = collaborationId(collaboration);
        ProjectSummary p = projects.project(c, id);
        UUID ownerId = p.ownerId();
        String ownerName = p.ownerName();
        return new ProjectDetails(
                p.id(),
                p.name(),
                p.purpose(),
                p.phase(),
                p.startsOn(),
                p.endsOn(),
                ownerId == null || ownerName == null ? null : new ProjectParty(ownerId, ownerName),
                p.participants().stream()
                        .map(o -> new ProjectParty(o.id(), o.name()))
                        .toList(),
                p.leader(),
                p.steeringGroup(),
                projects.subprojects(c, id).stream().map(ProjectSubproject::of).toList(),
                projects.goals(c, id).stream().map(ProjectGoal::of).toList(),
                projects.measures(c, id).stream().map(ProjectMeasure::of).toList(),
                projects.milestones(c, id).stream().map(ProjectMilestone::of).toList(),
                projects.risks(c, id).stream().map(ProjectRisk::of).toList(),
                projects.decisions(c, id).stream().map(ProjectDecision::of).toList(),
                ProjectFunding.of(funding.plan(c, id)));
    }

    private static List<Integer> yearsNotMatched(FundingPlan plan) {
        return plan.unmatched().stream().map(FundingPlan.Year::year).toList();
    }

    private static Map<String, Long> ore(Map<String, Nok> amounts) {
        Map<String, Long> result = new LinkedHashMap<>();
        amounts.forEach((k, v) -> result.put(k, v.ore()));
        return result;
    }
}
