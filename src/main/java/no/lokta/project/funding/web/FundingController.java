package no.lokta.project.funding.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.funding.ApplicationStatus;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.FundingKind;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.FundingNotFound;
import no.lokta.project.funding.ReportingDutySummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's money, for the coordinator: the funding plan with its lines and budget, the grant
 * applications and the reporting duties, each changed on a form page of its own.
 */
@Controller
@RequestMapping("/projects/{projectId}/funding")
class FundingController {

    private final FundingManagement funding;
    private final ProjectManagement projects;
    private final Tenancy tenancy;

    FundingController(FundingManagement funding, ProjectManagement projects, Tenancy tenancy) {
        this.funding = funding;
        this.projects = projects;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String show(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("plan", funding.plan(c, projectId));
        model.addAttribute("lines", funding.lines(c, projectId));
        model.addAttribute("budget", funding.budget(c, projectId));
        model.addAttribute("applications", funding.applicationsOf(c, projectId));
        model.addAttribute("duties", funding.dutiesOf(c, projectId));
        model.addAttribute("today", funding.today());
        return "project/funding/plan";
    }

    @GetMapping("/lines/new")
    String newLine(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("fundingLineForm", FundingLineForm.empty(firstYear(c, projectId)));
        return linePage(c, projectId, null, model);
    }

    @PostMapping("/lines")
    String createLine(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("fundingLineForm") FundingLineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> funding.addLine(c, projectId, form.toCommand()))
                ? back(projectId, "lines")
                : linePage(c, projectId, null, model);
    }

    @GetMapping("/lines/{id}")
    String editLine(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("fundingLineForm", FundingLineForm.from(funding.line(c, projectId, id)));
        return linePage(c, projectId, id, model);
    }

    @PostMapping("/lines/{id}")
    String updateLine(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("fundingLineForm") FundingLineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        funding.line(c, projectId, id);
        return Forms.saved(result, redirect, () -> funding.updateLine(c, projectId, id, form.toCommand()))
                ? back(projectId, "lines")
                : linePage(c, projectId, id, model);
    }

    @PostMapping("/lines/{id}/delete")
    String deleteLine(@PathVariable UUID projectId, @PathVariable UUID id, RedirectAttributes redirect) {
        funding.removeLine(coordinator(), projectId, id);
        redirect.addFlashAttribute("removed", true);
        return back(projectId, "lines");
    }

    private String linePage(UUID c, UUID projectId, @Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute("kinds", FundingKind.values());
        model.addAttribute("funders", funding.funders(c));
        model.addAttribute("organisations", projects.organisations(c));
        return "project/funding/line";
    }

    @GetMapping("/budget/new")
    String newBudgetLine(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("budgetLineForm", BudgetLineForm.empty(firstYear(c, projectId)));
        model.addAttribute("project", projects.project(c, projectId));
        return "project/funding/budget";
    }

    @PostMapping("/budget")
    String createBudgetLine(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("budgetLineForm") BudgetLineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        if (Forms.saved(result, redirect, () -> funding.addBudgetLine(c, projectId, form.toCommand()))) {
            return back(projectId, "budget");
        }
        model.addAttribute("project", projects.project(c, projectId));
        return "project/funding/budget";
    }

    @PostMapping("/budget/{id}/delete")
    String deleteBudgetLine(@PathVariable UUID projectId, @PathVariable UUID id, RedirectAttributes redirect) {
        funding.removeBudgetLine(coordinator(), projectId, id);
        redirect.addFlashAttribute("removed", true);
        return back(projectId, "budget");
    }

    @GetMapping("/applications/new")
    String newApplication(@PathVariable UUID projectId, Model model) {
        UUID c = coordinator();
        model.addAttribute("applicationForm", ApplicationForm.empty(firstYear(c, projectId)));
        return applicationPage(c, projectId, null, model);
    }

    @PostMapping("/applications")
    String createApplication(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> funding.createApplication(c, projectId, form.toCommand()))
                ? back(projectId, "applications")
                : applicationPage(c, projectId, null, model);
    }

    @GetMapping("/applications/{id}")
    String editApplication(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("applicationForm", ApplicationForm.from(application(c, projectId, id)));
        return applicationPage(c, projectId, id, model);
    }

    @PostMapping("/applications/{id}")
    String updateApplication(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        application(c, projectId, id);
        return Forms.saved(result, redirect, () -> funding.updateApplication(c, id, form.toCommand()))
                ? back(projectId, "applications")
                : applicationPage(c, projectId, id, model);
    }

    private String applicationPage(UUID c, UUID projectId, @Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute("funders", funding.funders(c));
        return "project/funding/application";
    }

    @PostMapping("/applications/{id}/submit")
    String submit(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        application(c, projectId, id);
        step(redirect, () -> funding.submit(c, id, on == null ? funding.today() : on));
        return back(projectId, "applications");
    }

    @GetMapping("/applications/{id}/grant")
    String grantForm(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        ApplicationSummary application = application(c, projectId, id);
        model.addAttribute("grantForm", GrantForm.from(application, funding.today()));
        return grantPage(c, projectId, application, model);
    }

    @PostMapping("/applications/{id}/grant")
    String grant(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("grantForm") GrantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        ApplicationSummary application = application(c, projectId, id);
        return Forms.saved(result, redirect, () -> funding.grant(c, id, form.toDecision()))
                ? "redirect:/projects/" + projectId + "/funding/duties/new?application=" + id
                : grantPage(c, projectId, application, model);
    }

    private String grantPage(UUID c, UUID projectId, ApplicationSummary application, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("grantOf", application);
        return "project/funding/grant";
    }

    @PostMapping("/applications/{id}/reject")
    String reject(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        application(c, projectId, id);
        step(redirect, () -> funding.reject(c, id, note));
        return back(projectId, "applications");
    }

    @PostMapping("/applications/{id}/delete")
    String deleteApplication(@PathVariable UUID projectId, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID c = coordinator();
        application(c, projectId, id);
        funding.deleteApplication(c, id);
        redirect.addFlashAttribute("removed", true);
        return back(projectId, "applications");
    }

    @GetMapping("/duties/new")
    String newDuty(
            @PathVariable UUID projectId,
            @RequestParam(name = "application", required = false) @Nullable UUID applicationId,
            Model model) {
        UUID c = coordinator();
        ApplicationSummary application = applicationId == null ? null : application(c, projectId, applicationId);
        model.addAttribute(
                "dutyForm", DutyForm.empty(applicationId, application == null ? "" : application.funderName()));
        model.addAttribute("granted", application != null && application.status() == ApplicationStatus.GRANTED);
        return dutyPage(c, projectId, null, model);
    }

    @PostMapping("/duties")
    String createDuty(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("dutyForm") DutyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> funding.createDuty(c, projectId, form.toCommand()))
                ? back(projectId, "duties")
                : dutyPage(c, projectId, null, model);
    }

    @GetMapping("/duties/{id}")
    String editDuty(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("dutyForm", DutyForm.from(duty(c, projectId, id)));
        return dutyPage(c, projectId, id, model);
    }

    @PostMapping("/duties/{id}")
    String updateDuty(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("dutyForm") DutyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        duty(c, projectId, id);
        return Forms.saved(result, redirect, () -> funding.updateDuty(c, id, form.toCommand()))
                ? back(projectId, "duties")
                : dutyPage(c, projectId, id, model);
    }

    @PostMapping("/duties/{id}/reported")
    String reported(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        duty(c, projectId, id);
        step(redirect, () -> funding.markReported(c, id, on == null ? funding.today() : on));
        return back(projectId, "duties");
    }

    @PostMapping("/duties/{id}/delete")
    String deleteDuty(@PathVariable UUID projectId, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID c = coordinator();
        duty(c, projectId, id);
        funding.deleteDuty(c, id);
        redirect.addFlashAttribute("removed", true);
        return back(projectId, "duties");
    }

    private String dutyPage(UUID c, UUID projectId, @Nullable UUID id, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("partId", id);
        model.addAttribute(
                "grantedApplications",
                funding.applicationsOf(c, projectId).stream()
                        .filter(a -> a.status() == ApplicationStatus.GRANTED)
                        .toList());
        return "project/funding/duty";
    }

    private ApplicationSummary application(UUID c, UUID projectId, UUID id) {
        ApplicationSummary a = funding.application(c, id);
        if (!a.projectId().equals(projectId)) {
            throw new FundingNotFound();
        }
        return a;
    }

    private ReportingDutySummary duty(UUID c, UUID projectId, UUID id) {
        ReportingDutySummary d = funding.duty(c, id);
        if (!d.projectId().equals(projectId)) {
            throw new FundingNotFound();
        }
        return d;
    }

    /** The project's first year, the one a new line most likely is for. */
    private int firstYear(UUID c, UUID projectId) {
        ProjectSummary p = projects.project(c, projectId);
        return Math.max(p.startsOn().getYear(), 2000);
    }

    private static String back(UUID projectId, String section) {
        return "redirect:/projects/" + projectId + "/funding#" + section;
    }

    private static void step(RedirectAttributes redirect, Forms.Change saving) {
        try {
            saving.apply();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
    }
}
