package no.lokta.needs.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member municipalities' competence plans. Every method takes the scope of the person asking:
 * a plan of another collaboration, or of another municipality than a kommunekontakt's own, is not
 * found. Each part of a plan is saved whole, under the plan's row lock, and audited.
 */
@Service
@Transactional(readOnly = true)
public class PlanManagement {

    private final CompetencePlans plans;
    private final MemberManagement members;
    private final AuditLog audit;
    private final ProgrammeManagement programme;
    private final Clock clock = Clock.system(ProgrammeManagement.ZONE);

    PlanManagement(CompetencePlans plans, MemberManagement members, AuditLog audit, ProgrammeManagement programme) {
        this.plans = plans;
        this.members = members;
        this.audit = audit;
        this.programme = programme;
    }

    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The municipalities that are members in the year (not merged away before it), within the scope. */
    public List<OrganisationSummary> municipalities(PlanScope scope, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return members.organisations(scope.collaborationId()).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .filter(o -> o.endedOn() == null || !o.endedOn().isBefore(start))
                .filter(o -> scope.covers(o.id()))
                .toList();
    }

    /** The plans in scope, of one year or all. */
    public List<PlanSummary> plans(PlanScope scope, @Nullable Integer year) {
        return plans.summaries(scope.collaborationId(), scope.organisationId(), year);
    }

    /** Every member municipality in scope for the year, side by side, with its plan if any. */
    public List<MunicipalityPlan> overview(PlanScope scope, int year) {
        Map<UUID, PlanSummary> byOrganisation =
                plans(scope, year).stream().collect(Collectors.toMap(PlanSummary::organisationId, Function.identity()));
        return municipalities(scope, year).stream()
                .map(o -> new MunicipalityPlan(o.id(), o.name(), byOrganisation.get(o.id())))
                .toList();
    }

    public CompetencePlan plan(PlanScope scope, UUID id) {
        CompetencePlans.Head head = head(scope, id);
        return new CompetencePlan(
                head.id(),
                head.collaborationId(),
                head.organisationId(),
                head.organisationName(),
                head.year(),
                head.goals(),
                head.evaluation(),
                plans.steps(id),
                plans.staffing(id),
                plans.competence(id),
                plans.measures(id));
    }

    private CompetencePlans.Head head(PlanScope scope, UUID id) {
        return plans.head(id)
                .filter(h -> h.collaborationId().equals(scope.collaborationId()))
                .filter(h -> scope.covers(h.organisationId()))
                .orElseThrow(CompetencePlanNotFound::new);
    }

    @Transactional
    public CompetencePlan create(PlanScope scope, NewPlanCommand c) {
        boolean member = municipalities(scope, c.year()).stream().anyMatch(o -> o.id().equals(c.organisationId()));
        if (!member) {
            throw new InvalidInput("organisationId", "plan.organisation.unknown");
        }
        if (plans.exists(c.organisationId(), c.year())) {
            throw new InvalidInput("year", "plan.year.taken", c.year());
        }
        UUID id = UUID.randomUUID();
        plans.insert(id, scope.collaborationId(), c);
        CompetencePlan created = plan(scope, id);
        audit.created(scope.collaborationId(), "competencePlan", id, label(created), created);
        return created;
    }

    @Transactional
    public CompetencePlan updateTexts(PlanScope scope, UUID id, PlanTextsCommand c) {
        CompetencePlan before = locked(scope, id);
        plans.updateTexts(id, c);
        return audited(scope, before);
    }

    @Transactional
    public CompetencePlan updateStaffing(PlanScope scope, UUID id, StaffingCommand c) {
        CompetencePlan before = locked(scope, id);
        plans.replaceStaffing(id, c.rows());
        return audited(scope, before);
    }

    @Transactional
    public CompetencePlan updateCompetence(PlanScope scope, UUID id, CompetenceCommand c) {
        CompetencePlan before = locked(scope, id);
        plans.replaceCompetence(id, c.rows());
        return audited(scope, before);
    }

    @Transactional
    public CompetencePlan updateMeasures(PlanScope scope, UUID id, MeasuresCommand c) {
        CompetencePlan before = locked(scope, id);
        if (c.year() != before.year()) {
            // the deadlines were checked against another year than the plan's
            throw new InvalidInput("rows", "plan.measure.wrongYear");
        }
        checkActivities(scope, c.rows());
        plans.replaceMeasures(id, c.rows());
        return audited(scope, before);
    }

    /** A measure may be linked only to an activity of the plan's collaboration. */
    private void checkActivities(PlanScope scope, List<Measure> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.activityId() != null) {
                ids.add(r.activityId());
            }
        });
        Set<UUID> known = programme.attendance(scope.collaborationId(), ids).keySet();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID activityId = rows.get(i).activityId();
            if (activityId != null && !known.contains(activityId)) {
                problems.add(new FieldProblem("rows[" + i + "].activityId", "plan.measure.activity.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * The progress of the plan's measures linked to an activity, by activity id: those from the
     * plan's municipality who attended, of those registered, in one read for all the measures.
     */
    public Map<UUID, MeasureProgress> progress(PlanScope scope, CompetencePlan plan) {
        if (!plan.collaborationId().equals(scope.collaborationId()) || !scope.covers(plan.organisationId())) {
            throw new CompetencePlanNotFound();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        plan.measures().forEach(m -> {
            if (m.activityId() != null) {
                ids.add(m.activityId());
            }
        });
        Map<UUID, MeasureProgress> progress = new LinkedHashMap<>();
        programme
                .attendance(scope.collaborationId(), ids)
                .forEach((activityId, a) -> progress.put(
                        activityId,
                        new MeasureProgress(
                                activityId,
                                a.title(),
                                a.status(),
                                a.attendedFrom(plan.organisationId()),
                                a.registeredFrom(plan.organisationId()))));
        return progress;
    }

    /**
     * The activities of the collaboration a measure of the plan may be linked to: drafts only for a
     * coordinator, and any activity the plan already links to.
     */
    public List<ActivityChoice> activityChoices(PlanScope scope, CompetencePlan plan) {
        Set<UUID> linked = new LinkedHashSet<>();
        plan.measures().forEach(m -> {
            if (m.activityId() != null) {
                linked.add(m.activityId());
            }
        });
        return programme.activities(scope.collaborationId()).stream()
                .filter(a -> scope.coordinator() || a.status() != ActivityStatus.DRAFT || linked.contains(a.id()))
                .map(PlanManagement::choice)
                .toList();
    }

    private static ActivityChoice choice(ActivitySummary a) {
        LocalDateTime startsAt = a.startsAt();
        return new ActivityChoice(a.id(), a.title(), startsAt == null ? null : startsAt.toLocalDate());
    }

    /** The members' staffing, vacancies and turnover by profession over the years. */
    public List<RegionalFigure> regional(PlanScope scope) {
        return plans.regional(scope.collaborationId());
    }

    private CompetencePlan locked(PlanScope scope, UUID id) {
        head(scope, id);
        plans.lock(id);
        return plan(scope, id);
    }

    private CompetencePlan audited(PlanScope scope, CompetencePlan before) {
        CompetencePlan after = plan(scope, before.id());
        audit.updated(scope.collaborationId(), "competencePlan", before.id(), label(after), before, after);
        return after;
    }

    private static String label(CompetencePlan p) {
        return p.organisationName() + " " + p.year();
    }
}
