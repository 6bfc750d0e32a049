package no.lokta.project.work.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.project.work.GoalSummary;
import no.lokta.project.work.Light;
import no.lokta.project.work.MilestoneSummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectManagement.Part;
import no.lokta.project.work.ProjectNotFound;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.RiskSummary;
import no.lokta.project.work.SubprojectStatus;
import no.lokta.project.work.SubprojectSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts of a project, each on a form page of its own: subprojects, goals, measures,
 * milestones, risks and decisions; and the status reports. Each saves and goes back to its section
 * of the project page.
 */
@Controller
@RequestMapping("/projects/{projectId}")
class ProjectPartController {

    /** A goal or subproject a status report can give a light. */
    record Subject(UUID id, String label) {}

    private final ProjectManagement projects;
    private final Tenancy tenancy;

    ProjectPartController(ProjectManagement projects, Tenancy tenancy) {
        this.projects = projects;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping("/subprojects/new")
    String newSubproject(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        int next = projects.subprojects(c, projectId).stream()
                        .mapToInt(SubprojectSummary::number)
                        .max()
                        .orElse(0)
                + 1;
        model.addAttribute("subprojectForm", SubprojectForm.empty(Math.min(next, 999)));
        return subprojectPage(c, projectId, null, model);
    }

    @PostMapping("/subprojects")
    String createSubproject(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("subprojectForm") SubprojectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addSubproject(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#subprojects"
                : subprojectPage(c, projectId, null, model);
    }

    @GetMapping("/subprojects/{id}")
    String editSubproject(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("subprojectForm", SubprojectForm.from(projects.subproject(c, projectId, id)));
        return subprojectPage(c, projectId, id, model);
    }

    @PostMapping("/subprojects/{id}")
    String updateSubproject(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("subprojectForm") SubprojectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        projects.subproject(c, projectId, id);
        return Forms.saved(result, redirect, () -> projects.updateSubproject(c, projectId, id, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#subprojects"
                : subprojectPage(c, projectId, id, model);
    }

    private String subprojectPage(UUID c, UUID projectId, @org.jspecify.annotations.Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute("phases", ProjectPhase.values());
        model.addAttribute("statuses", SubprojectStatus.values());
        return "project/part/subproject";
    }

    @GetMapping("/goals/new")
    String newGoal(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("goalForm", GoalForm.empty());
        return goalPage(c, projectId, null, model);
    }

    @PostMapping("/goals")
    String createGoal(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addGoal(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#goals"
                : goalPage(c, projectId, null, model);
    }

    @GetMapping("/goals/{id}")
    String editGoal(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("goalForm", GoalForm.from(projects.goal(c, projectId, id)));
        return goalPage(c, projectId, id, model);
    }

    @PostMapping("/goals/{id}")
    String updateGoal(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        projects.goal(c, projectId, id);
        return Forms.saved(result, redirect, () -> projects.updateGoal(c, projectId, id, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#goals"
                : goalPage(c, projectId, id, model);
    }

    private String goalPage(UUID c, UUID projectId, @org.jspecify.annotations.Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute("subprojects", projects.subprojects(c, projectId));
        return "project/part/goal";
    }

    @GetMapping("/measures/new")
    String newMeasure(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("measureForm", MeasureForm.empty());
        return measurePage(c, projectId, null, model);
    }

    @PostMapping("/measures")
    String createMeasure(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addMeasure(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#measures"
                : measurePage(c, projectId, null, model);
    }

    @GetMapping("/measures/{id}")
    String editMeasure(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute(
                "measureForm",
                MeasureForm.from(projects.measures(c, projectId).stream()
                        .filter(m -> m.id().equals(id))
                        .findFirst()
                        .orElseThrow(ProjectNotFound::new)));
        return measurePage(c, projectId, id, model);
    }

    @PostMapping("/measures/{id}")
    String updateMeasure(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.updateMeasure(c, projectId, id, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#measures"
                : measurePage(c, projectId, id, model);
    }

    private String measurePage(UUID c, UUID projectId, @org.jspecify.annotations.Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute("organisations", projects.organisations(c));
        return "project/part/measure";
    }

    @GetMapping("/milestones/new")
    String newMilestone(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("milestoneForm", MilestoneForm.empty());
        return page(c, projectId, null, model, "project/part/milestone");
    }

    @PostMapping("/milestones")
    String createMilestone(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addMilestone(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#milestones"
                : page(c, projectId, null, model, "project/part/milestone");
    }

    @GetMapping("/milestones/{id}")
    String editMilestone(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        MilestoneSummary m = projects.milestones(c, projectId).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(ProjectNotFound::new);
        model.addAttribute("milestoneForm", MilestoneForm.from(m));
        return page(c, projectId, id, model, "project/part/milestone");
    }

    @PostMapping("/milestones/{id}")
    String updateMilestone(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.updateMilestone(c, projectId, id, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#milestones"
                : page(c, projectId, id, model, "project/part/milestone");
    }

    @GetMapping("/risks/new")
    String newRisk(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("riskForm", RiskForm.empty());
        return page(c, projectId, null, model, "project/part/risk");
    }

    @PostMapping("/risks")
    String createRisk(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("riskForm") RiskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addRisk(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#risks"
                : page(c, projectId, null, model, "project/part/risk");
    }

    @GetMapping("/risks/{id}")
    String editRisk(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        RiskSummary r = projects.risks(c, projectId).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(ProjectNotFound::new);
        model.addAttribute("riskForm", RiskForm.from(r));
        return page(c, projectId, id, model, "project/part/risk");
    }

    @PostMapping("/risks/{id}")
    String updateRisk(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("riskForm") RiskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.updateRisk(c, projectId, id, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#risks"
                : page(c, projectId, id, model, "project/part/risk");
    }

    @GetMapping("/decisions/new")
    String newDecision(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("decisionForm", DecisionForm.empty());
        return page(c, projectId, null, model, "project/part/decision");
    }

    @PostMapping("/decisions")
    String createDecision(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> projects.addDecision(c, projectId, form.toCommand()))
                ? "redirect:/projects/" + projectId + "#decisions"
                : page(c, projectId, null, model, "project/part/decision");
    }

    /** Removes a subproject, goal, measure, milestone, risk or decision. */
    @PostMapping("/{part}/{id}/delete")
    String remove(
            @PathVariable String part,
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        Part kind =
                switch (part) {
                    case "subprojects" -> Part.SUBPROJECT;
                    case "goals" -> Part.GOAL;
                    case "measures" -> Part.MEASURE;
                    case "milestones" -> Part.MILESTONE;
                    case "risks" -> Part.RISK;
                    case "decisions" -> Part.DECISION;
                    default -> throw new ProjectNotFound();
                };
        projects.remove(c, projectId, kind, id);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/projects/" + projectId + "#" + part;
    }

    @GetMapping("/status")
    String statusReports(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("statusReportForm", StatusReportForm.empty(subjects(c, projectId)));
        return statusPage(c, projectId, model);
    }

    @PostMapping("/status")
    String createStatusReport(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("statusReportForm") StatusReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        String writer = tenancy.user().map(LoktaUser::displayName).orElse("");
        return Forms.saved(result, redirect, () -> projects.addStatusReport(c, projectId, form.toCommand(), writer))
                ? "redirect:/projects/" + projectId + "/status"
                : statusPage(c, projectId, model);
    }

    private String statusPage(UUID c, UUID projectId, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute(
                "subjects",
                Stream.concat(
                                projects.goals(c, projectId).stream().map(g -> new Subject(g.id(), g.description())),
                                projects.subprojects(c, projectId).stream()
                                        .map(s -> new Subject(s.id(), s.number() + ". " + s.name())))
                        .toList());
        model.addAttribute("reports", projects.statusReports(c, projectId));
        model.addAttribute("lights", Light.values());
        return "project/part/status";
    }

    private List<UUID> subjects(UUID c, UUID projectId) {
        return Stream.concat(
                        projects.goals(c, projectId).stream().map(GoalSummary::id),
                        projects.subprojects(c, projectId).stream().map(SubprojectSummary::id))
                .toList();
    }

    private String page(UUID c, UUID projectId, @org.jspecify.annotations.Nullable UUID id, Model model, String view) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        return view;
    }
}
