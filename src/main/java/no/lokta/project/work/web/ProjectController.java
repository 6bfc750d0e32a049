package no.lokta.project.work.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.ReportingDutySummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
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

/** The coordinator's projects: the list, the project page and the project form. */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final Tenancy tenancy;

    ProjectController(ProjectManagement projects, FundingManagement funding, Tenancy tenancy) {
        this.projects = projects;
        this.funding = funding;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("portfolio", funding.portfolio(collaborationId));
        model.addAttribute("today", funding.today());
        model.addAttribute("duties", funding.duties(collaborationId));
        return "project/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("projectForm", ProjectForm.empty());
        choices(collaborationId, model);
        return "project/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        return save(result, model, redirect, collaborationId, () -> projects.create(collaborationId, form.toCommand())
                .id());
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        ProjectSummary project = projects.project(collaborationId, id);
        model.addAttribute("project", project);
        model.addAttribute("goals", projects.goals(collaborationId, id));
        List<SubprojectSummary> subprojects = projects.subprojects(collaborationId, id);
        model.addAttribute("subprojects", subprojects);
        model.addAttribute(
                "subprojectNames",
                subprojects.stream()
                        .collect(Collectors.toMap(SubprojectSummary::id, s -> s.number() + ". " + s.name())));
        model.addAttribute("measures", projects.measures(collaborationId, id));
        model.addAttribute("milestones", projects.milestones(collaborationId, id));
        model.addAttribute("risks", projects.risks(collaborationId, id));
        model.addAttribute("decisions", projects.decisions(collaborationId, id));
        model.addAttribute(
                "latest",
                projects.statusReports(collaborationId, id).stream().findFirst().orElse(null));
        model.addAttribute("plan", funding.plan(collaborationId, id));
        List<ApplicationSummary> applications = funding.applicationsOf(collaborationId, id);
        List<ReportingDutySummary> duties = funding.dutiesOf(collaborationId, id);
        model.addAttribute("applications", applications);
        model.addAttribute("duties", duties);
        model.addAttribute("today", funding.today());
        return "project/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        ProjectSummary project = projects.project(collaborationId, id);
        model.addAttribute("projectForm", ProjectForm.from(project));
        model.addAttribute("project", project);
        choices(collaborationId, model);
        return "project/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        model.addAttribute("project", projects.project(collaborationId, id));
        return save(
                result, model, redirect, collaborationId, () -> projects.update(collaborationId, id, form.toCommand())
                        .id());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        projects.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/projects";
    }

    private String save(
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            UUID collaborationId,
            Supplier<UUID> saving) {
        if (!result.hasErrors()) {
            try {
                UUID saved = saving.get();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/" + saved;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, model);
        return "project/form";
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("organisations", projects.organisations(collaborationId));
        model.addAttribute("phases", ProjectPhase.values());
    }
}
