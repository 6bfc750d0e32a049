package no.lokta.project.work;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects of a collaboration and their parts. Every method takes the collaboration it works in;
 * a project of another one is not found, and so is a part of another project. Changes to a project
 * hold its row lock.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

    /** Dates and deadlines are Norwegian. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** The parts of a project that can be removed one by one. */
    public enum Part {
        SUBPROJECT("subproject"),
        GOAL("goal"),
        MILESTONE("milestone"),
        RISK("risk"),
        DECISION("decision"),
        MEASURE("measure");

        private final String table;

        Part(String table) {
            this.table = table;
        }
    }

    private final Projects projects;
    private final ProjectParts parts;
    private final StatusReports reports;
    private final ProjectDocuments documents;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    ProjectManagement(
            Projects projects,
            ProjectParts parts,
            StatusReports reports,
            ProjectDocuments documents,
            MemberManagement members,
            AuditLog audit) {
        this.projects = projects;
        this.parts = parts;
        this.reports = reports;
        this.documents = documents;
        this.members = members;
        this.audit = audit;
    }

    public List<ProjectSummary> projects(UUID collaborationId) {
        return projects.ofCollaboration(collaborationId);
    }

    public ProjectSummary project(UUID collaborationId, UUID id) {
        return projects.find(collaborationId, id).orElseThrow(ProjectNotFound::new);
    }

    /** The organisations of the collaboration that can own, take part in or coordinate. */
    public List<OrganisationSummary> organisations(UUID collaborationId) {
        return members.organisations(collaborationId);
    }

    @Transactional
    public ProjectSummary create(UUID collaborationId, ProjectCommand c) {
        checkOrganisations(collaborationId, c);
        UUID id = UUID.randomUUID();
        projects.insert(id, collaborationId, c);
        ProjectSummary created = project(collaborationId, id);
        audit.created(collaborationId, "project", id, created.name(), created);
        return created;
    }

    @Transactional
    public ProjectSummary update(UUID collaborationId, UUID id, ProjectCommand c) {
        lock(collaborationId, id);
        checkOrganisations(collaborationId, c);
        ProjectSummary before = project(collaborationId, id);
        projects.update(id, c);
        ProjectSummary after = project(collaborationId, id);
        audit.updated(collaborationId, "project", id, after.name(), before, after);
        return after;
    }

    @Transactional
    public void delete(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        ProjectSummary before = project(collaborationId, id);
        projects.delete(id);
        audit.deleted(collaborationId, "project", id, before.name(), before);
    }

    /** Locks a project of the collaboration for a change of it or its money; not found otherwise. */
    @Transactional
    public void lock(UUID collaborationId, UUID id) {
        if (!projects.lock(collaborationId, id)) {
            throw new ProjectNotFound();
        }
    }

    public List<SubprojectSummary> subprojects(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.subprojects(projectId);
    }

    public SubprojectSummary subproject(UUID collaborationId, UUID projectId, UUID id) {
        return subprojects(collaborationId, projectId).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(ProjectNotFound::new);
    }

    @Transactional
    public SubprojectSummary addSubproject(UUID collaborationId, UUID projectId, SubprojectCommand c) {
        lock(collaborationId, projectId);
        if (parts.numberTaken(projectId, c.number(), null)) {
            throw new InvalidInput("number", "subproject.number.taken");
        }
        UUID id = UUID.randomUUID();
        parts.insertSubproject(id, projectId, c);
        SubprojectSummary created = subproject(collaborationId, projectId, id);
        audit.created(collaborationId, "subproject", id, created.name(), created);
        return created;
    }

    @Transactional
    public SubprojectSummary updateSubproject(UUID collaborationId, UUID projectId, UUID id, SubprojectCommand c) {
        lock(collaborationId, projectId);
        SubprojectSummary before = subproject(collaborationId, projectId, id);
        if (parts.numberTaken(projectId, c.number(), id)) {
            throw new InvalidInput("number", "subproject.number.taken");
        }
        parts.updateSubproject(projectId, id, c);
        SubprojectSummary after = subproject(collaborationId, projectId, id);
        audit.updated(collaborationId, "subproject", id, after.name(), before, after);
        return after;
    }

    public List<GoalSummary> goals(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.goals(projectId);
    }

    public GoalSummary goal(UUID collaborationId, UUID projectId, UUID id) {
        return goals(collaborationId, projectId).stream()
                .filter(g -> g.id().equals(id))
                .findFirst()
                .orElseThrow(ProjectNotFound::new);
    }

    @Transactional
    public GoalSummary addGoal(UUID collaborationId, UUID projectId, GoalCommand c) {
        lock(collaborationId, projectId);
        checkSubproject(projectId, c.subprojectId());
        UUID id = UUID.randomUUID();
        parts.insertGoal(id, projectId, c);
        GoalSummary created = goal(collaborationId, projectId, id);
        audit.created(collaborationId, "goal", id, created.description(), created);
        return created;
    }

    @Transactional
    public GoalSummary updateGoal(UUID collaborationId, UUID projectId, UUID id, GoalCommand c) {
        lock(collaborationId, projectId);
        GoalSummary before = goal(collaborationId, projectId, id);
        checkSubproject(projectId, c.subprojectId());
        parts.updateGoal(projectId, id, c);
        GoalSummary after = goal(collaborationId, projectId, id);
        audit.updated(collaborationId, "goal", id, after.description(), before, after);
        return after;
    }

    public List<MilestoneSummary> milestones(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.milestones(projectId);
    }

    @Transactional
    public MilestoneSummary addMilestone(UUID collaborationId, UUID projectId, MilestoneCommand c) {
        lock(collaborationId, projectId);
        UUID id = UUID.randomUUID();
        parts.insertMilestone(id, projectId, c);
        MilestoneSummary created = find(milestones(collaborationId, projectId), MilestoneSummary::id, id);
        audit.created(collaborationId, "milestone", id, created.name(), created);
        return created;
    }

    @Transactional
    public MilestoneSummary updateMilestone(UUID collaborationId, UUID projectId, UUID id, MilestoneCommand c) {
        lock(collaborationId, projectId);
        MilestoneSummary before = find(milestones(collaborationId, projectId), MilestoneSummary::id, id);
        parts.updateMilestone(projectId, id, c);
        MilestoneSummary after = find(milestones(collaborationId, projectId), MilestoneSummary::id, id);
        audit.updated(collaborationId, "milestone", id, after.name(), before, after);
        return after;
    }

    public List<RiskSummary> risks(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.risks(projectId);
    }

    @Transactional
    public RiskSummary addRisk(UUID collaborationId, UUID projectId, RiskCommand c) {
        lock(collaborationId, projectId);
        UUID id = UUID.randomUUID();
        parts.insertRisk(id, projectId, c);
        RiskSummary created = find(risks(collaborationId, projectId), RiskSummary::id, id);
        audit.created(collaborationId, "risk", id, created.description(), created);
        return created;
    }

    @Transactional
    public RiskSummary updateRisk(UUID collaborationId, UUID projectId, UUID id, RiskCommand c) {
        lock(collaborationId, projectId);
        RiskSummary before = find(risks(collaborationId, projectId), RiskSummary::id, id);
        parts.updateRisk(projectId, id, c);
        RiskSummary after = find(risks(collaborationId, projectId), RiskSummary::id, id);
        audit.updated(collaborationId, "risk", id, after.description(), before, after);
        return after;
    }

    public List<DecisionSummary> decisions(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.decisions(projectId);
    }

    @Transactional
    public DecisionSummary addDecision(UUID collaborationId, UUID projectId, DecisionCommand c) {
        lock(collaborationId, projectId);
        UUID id = UUID.randomUUID();
        parts.insertDecision(id, projectId, c);
        DecisionSummary created = find(decisions(collaborationId, projectId), DecisionSummary::id, id);
        audit.created(collaborationId, "decision", id, created.text(), created);
        return created;
    }

    public List<MeasureSummary> measures(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return parts.measures(projectId);
    }

    @Transactional
    public MeasureSummary addMeasure(UUID collaborationId, UUID projectId, MeasureCommand c) {
        lock(collaborationId, projectId);
        checkOrganisation(collaborationId, "coordinatorId", c.coordinatorId());
        UUID id = UUID.randomUUID();
        parts.insertMeasure(id, projectId, c);
        MeasureSummary created = find(measures(collaborationId, projectId), MeasureSummary::id, id);
        audit.created(collaborationId, "measure", id, created.name(), created);
        return created;
    }

    @Transactional
    public MeasureSummary updateMeasure(UUID collaborationId, UUID projectId, UUID id, MeasureCommand c) {
        lock(collaborationId, projectId);
        MeasureSummary before = find(measures(collaborationId, projectId), MeasureSummary::id, id);
        checkOrganisation(collaborationId, "coordinatorId", c.coordinatorId());
        parts.updateMeasure(projectId, id, c);
        MeasureSummary after = find(measures(collaborationId, projectId), MeasureSummary::id, id);
        audit.updated(collaborationId, "measure", id, after.name(), before, after);
        return after;
    }

    /** Removes one part of a project; a part of another project is not found. */
    @Transactional
    public void remove(UUID collaborationId, UUID projectId, Part part, UUID id) {
        lock(collaborationId, projectId);
        if (!parts.delete(part.table, projectId, id)) {
            throw new ProjectNotFound();
        }
        audit.deleted(collaborationId, part.table, id, part.name(), Map.of("projectId", projectId));
    }

    public List<StatusReportSummary> statusReports(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return reports.ofProject(projectId);
    }

    /** Adds a status report; its lights must be for goals and subprojects of this project. */
    @Transactional
    public StatusReportSummary addStatusReport(
            UUID collaborationId, UUID projectId, StatusReportCommand c, String writtenBy) {
        lock(collaborationId, projectId);
        Set<UUID> subjects = Stream.concat(
                        parts.goals(projectId).stream().map(GoalSummary::id),
                        parts.subprojects(projectId).stream().map(SubprojectSummary::id))
                .collect(Collectors.toSet());
        if (!subjects.containsAll(c.lights().keySet())) {
            throw new InvalidInput("lights", "status.subject.unknown");
        }
        UUID id = UUID.randomUUID();
        reports.insert(id, projectId, c, writtenBy, LocalDateTime.now(clock));
        StatusReportSummary created = find(reports.ofProject(projectId), StatusReportSummary::id, id);
        audit.created(collaborationId, "statusReport", id, created.overall().name(), created);
        return created;
    }

    public List<DocumentSummary> documents(UUID collaborationId, UUID projectId) {
        project(collaborationId, projectId);
        return documents.ofProject(projectId);
    }

    public DocumentFile document(UUID collaborationId, UUID projectId, UUID id) {
        project(collaborationId, projectId);
        DocumentSummary summary = documents.find(projectId, id).orElseThrow(ProjectNotFound::new);
        return new DocumentFile(summary, documents.content(id));
    }

    /**
     * Stores a document of the project, or of one of its applications. The file is checked by
     * {@link Uploads}: a refused file stores nothing.
     */
    @Transactional
    public DocumentSummary attach(
            UUID collaborationId,
            UUID projectId,
            @Nullable UUID applicationId,
            String fileName,
            byte[] content,
            String uploadedBy) {
        lock(collaborationId, projectId);
        if (applicationId != null && !documents.applicationOf(projectId, applicationId)) {
            throw new InvalidInput("applicationId", "document.application.unknown");
        }
        Uploads.Checked file = Uploads.check(fileName, content);
        UUID id = UUID.randomUUID();
        documents.insert(id, projectId, applicationId, file, content, uploadedBy, LocalDateTime.now(clock));
        DocumentSummary created = documents.find(projectId, id).orElseThrow(ProjectNotFound::new);
        audit.created(collaborationId, "projectDocument", id, created.fileName(), created);
        return created;
    }

    @Transactional
    public DocumentSummary removeDocument(UUID collaborationId, UUID projectId, UUID id) {
        lock(collaborationId, projectId);
        DocumentSummary before = documents.find(projectId, id).orElseThrow(ProjectNotFound::new);
        documents.delete(id);
        audit.deleted(collaborationId, "projectDocument", id, before.fileName(), before);
        return before;
    }

    private void checkOrganisations(UUID collaborationId, ProjectCommand c) {
        checkOrganisation(collaborationId, "ownerId", c.ownerId());
        Set<UUID> known = organisationIds(collaborationId);
        if (!known.containsAll(c.participantIds())) {
            throw new InvalidInput("participantIds", "project.organisation.unknown");
        }
    }

    private void checkOrganisation(UUID collaborationId, String field, @Nullable UUID organisationId) {
        if (organisationId != null && !organisationIds(collaborationId).contains(organisationId)) {
            throw new InvalidInput(field, "project.organisation.unknown");
        }
    }

    private Set<UUID> organisationIds(UUID collaborationId) {
        return new HashSet<>(members.organisations(collaborationId).stream()
                .map(OrganisationSummary::id)
                .toList());
    }

    private void checkSubproject(UUID projectId, @Nullable UUID subprojectId) {
        if (subprojectId != null && parts.subprojects(projectId).stream().noneMatch(s -> s.id().equals(subprojectId))) {
            throw new InvalidInput("subprojectId", "goal.subproject.unknown");
        }
    }

    private static <T> T find(Collection<T> items, java.util.function.Function<T, UUID> id, UUID wanted) {
        return items.stream()
                .filter(i -> id.apply(i).equals(wanted))
                .findFirst()
                .orElseThrow(ProjectNotFound::new);
    }
}
