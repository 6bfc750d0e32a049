package no.lokta.project.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of a collaboration's projects: funders, funding plans and budgets, grant applications
 * and reporting duties. Every method takes the collaboration it works in; anything of another one
 * is not found. A change to a project's money holds the project's row lock, so that a plan is
 * changed one step at a time.
 */
@Service
@Transactional(readOnly = true)
public class FundingManagement {

    private final ProjectManagement projects;
    private final Funders funders;
    private final FundingLines lines;
    private final Applications applications;
    private final ReportingDuties duties;
    private final FundingMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ProjectManagement.ZONE);

    FundingManagement(
            ProjectManagement projects,
            Funders funders,
            FundingLines lines,
            Applications applications,
            ReportingDuties duties,
            FundingMails mails,
            AuditLog audit) {
        this.projects = projects;
        this.funders = funders;
        this.lines = lines;
        this.applications = applications;
        this.duties = duties;
        this.mails = mails;
        this.audit = audit;
    }

    /** Today in Norway. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<FunderSummary> funders(UUID collaborationId) {
        return funders.ofCollaboration(collaborationId);
    }

    @Transactional
    public FunderSummary createFunder(UUID collaborationId, FunderCommand c) {
        if (funders.nameTaken(collaborationId, c.name())) {
            throw new InvalidInput("name", "funder.name.taken");
        }
        UUID id = UUID.randomUUID();
        funders.insert(id, collaborationId, c);
        FunderSummary created = funders.find(collaborationId, id).orElseThrow(FundingNotFound::new);
        audit.created(collaborationId, "funder", id, created.name(), created);
        return created;
    }

    public List<FundingLineSummary> lines(UUID collaborationId, UUID projectId) {
        projects.project(collaborationId, projectId);
        return lines.ofProject(projectId);
    }

    public FundingLineSummary line(UUID collaborationId, UUID projectId, UUID id) {
        return lines(collaborationId, projectId).stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow(FundingNotFound::new);
    }

    @Transactional
    public FundingLineSummary addLine(UUID collaborationId, UUID projectId, FundingLineCommand c) {
        projects.lock(collaborationId, projectId);
        check(collaborationId, c);
        UUID id = UUID.randomUUID();
        lines.insert(id, projectId, c, null);
        FundingLineSummary created = line(collaborationId, projectId, id);
        audit.created(collaborationId, "fundingLine", id, created.source(), created);
        return created;
    }

    @Transactional
    public FundingLineSummary updateLine(UUID collaborationId, UUID projectId, UUID id, FundingLineCommand c) {
        projects.lock(collaborationId, projectId);
        FundingLineSummary before = line(collaborationId, projectId, id);
        check(collaborationId, c);
        lines.update(projectId, id, c);
        FundingLineSummary after = line(collaborationId, projectId, id);
        audit.updated(collaborationId, "fundingLine", id, after.source(), before, after);
        return after;
    }

    @Transactional
    public void removeLine(UUID collaborationId, UUID projectId, UUID id) {
        projects.lock(collaborationId, projectId);
        FundingLineSummary before = line(collaborationId, projectId, id);
        lines.delete(projectId, id);
        audit.deleted(collaborationId, "fundingLine", id, before.source(), before);
    }

    public List<BudgetLineSummary> budget(UUID collaborationId, UUID projectId) {
        projects.project(collaborationId, projectId);
        return lines.budgetOf(projectId);
    }

    @Transactional
    public BudgetLineSummary addBudgetLine(UUID collaborationId, UUID projectId, BudgetLineCommand c) {
        projects.lock(collaborationId, projectId);
        UUID id = UUID.randomUUID();
        lines.insertBudget(id, projectId, c);
        BudgetLineSummary created = budget(collaborationId, projectId).stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow(FundingNotFound::new);
        audit.created(collaborationId, "budgetLine", id, created.description(), created);
        return created;
    }

    @Transactional
    public void removeBudgetLine(UUID collaborationId, UUID projectId, UUID id) {
        projects.lock(collaborationId, projectId);
        if (!lines.deleteBudget(projectId, id)) {
            throw new FundingNotFound();
        }
        audit.deleted(collaborationId, "budgetLine", id, id.toString(), Map.of("projectId", projectId));
    }

    /** The project's funding plan per year, with the matching rule checked. */
    public FundingPlan plan(UUID collaborationId, UUID projectId) {
        ProjectSummary project = projects.project(collaborationId, projectId);
        return FundingPlan.of(lines.ofProject(projectId), lines.budgetOf(projectId), project.matchingShare());
    }

    /** Every project's money per year and source, read in three statements. */
    public Portfolio portfolio(UUID collaborationId) {
        List<ProjectSummary> all = projects.projects(collaborationId);
        List<UUID> ids = all.stream().map(ProjectSummary::id).toList();
        return Portfolio.of(all, lines.ofProjects(ids), lines.budgetOf(ids));
    }

    public List<ApplicationSummary> applications(UUID collaborationId) {
        return applications.ofCollaboration(collaborationId);
    }

    public List<ApplicationSummary> applicationsOf(UUID collaborationId, UUID projectId) {
        projects.project(collaborationId, projectId);
        return applications.ofProject(projectId);
    }

    public ApplicationSummary application(UUID collaborationId, UUID id) {
        return applications.find(collaborationId, id).orElseThrow(FundingNotFound::new);
    }

    @Transactional
    public ApplicationSummary createApplication(UUID collaborationId, UUID projectId, ApplicationCommand c) {
        projects.lock(collaborationId, projectId);
        checkFunder(collaborationId, c.funderId());
        UUID id = UUID.randomUUID();
        applications.insert(id, projectId, c);
        ApplicationSummary created = application(collaborationId, id);
        audit.created(collaborationId, "application", id, created.funderName(), created);
        return created;
    }

    /** Changes what is applied for, while the funder has not decided. */
    @Transactional
    public ApplicationSummary updateApplication(UUID collaborationId, UUID id, ApplicationCommand c) {
        ApplicationSummary before = lockApplication(collaborationId, id);
        if (before.status() == ApplicationStatus.GRANTED || before.status() == ApplicationStatus.REJECTED) {
            throw new InvalidInput("status", "application.decided");
        }
        checkFunder(collaborationId, c.funderId());
        applications.update(id, c);
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "application", id, after.funderName(), before, after);
        return after;
    }

    @Transactional
    public ApplicationSummary submit(UUID collaborationId, UUID id, LocalDate on) {
        ApplicationSummary before = lockApplication(collaborationId, id);
        if (before.status() != ApplicationStatus.PLANNED) {
            throw new InvalidInput("status", "application.notPlanned");
        }
        applications.submitted(id, on);
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "application", id, after.funderName(), before, after);
        return after;
    }

    /**
     * Records the grant. More than applied for needs a note. The granted amount goes into the
     * project's funding plan for the application's year as a grant from its funder, once.
     */
    @Transactional
    public ApplicationSummary grant(UUID collaborationId, UUID id, GrantDecision d) {
        ApplicationSummary before = lockApplication(collaborationId, id);
        if (before.status() == ApplicationStatus.REJECTED) {
            throw new InvalidInput("status", "application.decided");
        }
        if (d.granted().compareTo(before.applied()) > 0 && d.note().isEmpty()) {
            throw new InvalidInput(
                    "note", "application.granted.overApplied", before.applied().format());
        }
        if (before.submittedOn() != null && d.grantedOn().isBefore(before.submittedOn())) {
            throw new InvalidInput("grantedOn", "application.grantedOn.beforeSubmitted");
        }
        applications.granted(id, d);
        List<UUID> existing = lines.ofApplication(id);
        if (existing.isEmpty()) {
            lines.insert(
                    UUID.randomUUID(),
                    before.projectId(),
                    new FundingLineCommand(
                            before.year(),
                            FundingKind.GRANT,
                            before.funderId(),
                            null,
                            before.scheme(),
                            null,
                            null,
                            d.granted(),
                            null),
                    id);
        } else {
            existing.forEach(
                    line -> lines.setPlanned(line, before.year(), d.granted().ore()));
        }
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "application", id, after.funderName(), before, after);
        return after;
    }

    @Transactional
    public ApplicationSummary reject(UUID collaborationId, UUID id, String note) {
        ApplicationSummary before = lockApplication(collaborationId, id);
        if (before.status() == ApplicationStatus.GRANTED) {
            throw new InvalidInput("status", "application.decided");
        }
        if (note.strip().length() > 1000) {
            throw new InvalidInput("note", "form.tooLong", 1000);
        }
        applications.rejected(id, note.strip());
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "application", id, after.funderName(), before, after);
        return after;
    }

    @Transactional
    public void deleteApplication(UUID collaborationId, UUID id) {
        ApplicationSummary before = lockApplication(collaborationId, id);
        applications.delete(id);
        audit.deleted(collaborationId, "application", id, before.funderName(), before);
    }

    public List<ReportingDutySummary> duties(UUID collaborationId) {
        return duties.ofCollaboration(collaborationId);
    }

    public List<ReportingDutySummary> dutiesOf(UUID collaborationId, UUID projectId) {
        projects.project(collaborationId, projectId);
        return duties.ofProject(projectId);
    }

    public ReportingDutySummary duty(UUID collaborationId, UUID id) {
        return duties.find(collaborationId, id).orElseThrow(FundingNotFound::new);
    }

    /** Duties not reported whose due date has passed. */
    public List<ReportingDutySummary> overdue(UUID collaborationId, LocalDate today) {
        return duties.ofCollaboration(collaborationId).stream()
                .filter(d -> d.overdue(today))
                .toList();
    }

    @Transactional
    public ReportingDutySummary createDuty(UUID collaborationId, UUID projectId, ReportingDutyCommand c) {
        projects.lock(collaborationId, projectId);
        check(collaborationId, projectId, c);
        UUID id = UUID.randomUUID();
        duties.insert(id, projectId, c);
        ReportingDutySummary created = duty(collaborationId, id);
        audit.created(collaborationId, "reportingDuty", id, created.what(), created);
        return created;
    }

    @Transactional
    public ReportingDutySummary updateDuty(UUID collaborationId, UUID id, ReportingDutyCommand c) {
        ReportingDutySummary before = duty(collaborationId, id);
        projects.lock(collaborationId, before.projectId());
        check(collaborationId, before.projectId(), c);
        duties.update(id, c);
        ReportingDutySummary after = duty(collaborationId, id);
        audit.updated(collaborationId, "reportingDuty", id, after.what(), before, after);
        return after;
    }

    @Transactional
    public ReportingDutySummary markReported(UUID collaborationId, UUID id, LocalDate on) {
        ReportingDutySummary before = duty(collaborationId, id);
        projects.lock(collaborationId, before.projectId());
        duties.submitted(id, on);
        ReportingDutySummary after = duty(collaborationId, id);
        audit.updated(collaborationId, "reportingDuty", id, after.what(), before, after);
        return after;
    }

    @Transactional
    public void deleteDuty(UUID collaborationId, UUID id) {
        ReportingDutySummary before = duty(collaborationId, id);
        projects.lock(collaborationId, before.projectId());
        duties.delete(id);
        audit.deleted(collaborationId, "reportingDuty", id, before.what(), before);
    }

    /**
     * Mails the coordinators about every duty whose reminder day has come, once per duty; the rows
     * are locked and skipped by another node running at the same time. Returns how many.
     */
    @Transactional
    public int sendReminders(LocalDate today) {
        List<ReportingDuties.ReminderDue> due = duties.dueForReminder(today);
        for (ReportingDuties.ReminderDue d : due) {
            ReportingDutySummary duty = duty(d.collaborationId(), d.id());
            mails.reminder(d.collaborationId(), duty);
            duties.reminded(d.id(), today);
        }
        return due.size();
    }

    private ApplicationSummary lockApplication(UUID collaborationId, UUID id) {
        ApplicationSummary found = application(collaborationId, id);
        projects.lock(collaborationId, found.projectId());
        return application(collaborationId, id);
    }

    private void check(UUID collaborationId, FundingLineCommand c) {
        if (c.funderId() != null) {
            checkFunder(collaborationId, c.funderId());
        }
        UUID partner = c.organisationId();
        if (partner != null
                && projects.organisations(collaborationId).stream()
                        .map(OrganisationSummary::id)
                        .noneMatch(partner::equals)) {
            throw new InvalidInput("organisationId", "project.organisation.unknown");
        }
    }

    private void checkFunder(UUID collaborationId, UUID funderId) {
        if (funders.find(collaborationId, funderId).isEmpty()) {
            throw new InvalidInput("funderId", "funding.funder.unknown");
        }
    }

    private void check(UUID collaborationId, UUID projectId, ReportingDutyCommand c) {
        @Nullable UUID applicationId = c.applicationId();
        if (applicationId == null) {
            return;
        }
        ApplicationSummary application = applications
                .find(collaborationId, applicationId)
                .filter(a -> a.projectId().equals(projectId))
                .orElseThrow(() -> new InvalidInput("applicationId", "duty.application.unknown"));
        LocalDate grantedOn = application.grantedOn();
        if (grantedOn != null && c.dueOn().isBefore(grantedOn)) {
            throw new InvalidInput(
                    "dueOn", "duty.dueOn.beforeGrant", grantedOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
    }
}
