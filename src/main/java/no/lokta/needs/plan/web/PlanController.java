package no.lokta.needs.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.needs.plan.CompetencePlan;
import no.lokta.needs.plan.MeasureKind;
import no.lokta.needs.plan.MeasureStatus;
import no.lokta.needs.plan.PlanManagement;
import no.lokta.needs.plan.PlanPdf;
import no.lokta.needs.plan.PlanScope;
import no.lokta.needs.plan.StepStatus;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Competence plans: the year's overview of the members, a plan with its parts, each part edited in
 * a form of its own, and the PDF. A kommunekontakt works on their own municipality's plans, a
 * coordinator on every member's.
 */
@Controller
@RequestMapping("/needs/plans")
class PlanController {

    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)](.*)$");

    private final PlanManagement plans;
    private final PlanPdf pdf;
    private final Tenancy tenancy;

    PlanController(PlanManagement plans, PlanPdf pdf, Tenancy tenancy) {
        this.plans = plans;
        this.pdf = pdf;
        this.tenancy = tenancy;
    }

    /** The forms are plain classes with public fields, so that rows bind by index. */
    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    private PlanScope scope() {
        return PlanScope.of(tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT));
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        PlanScope scope = scope();
        int shown = year == null || year < 2000 || year > 2100 ? plans.thisYear() : year;
        model.addAttribute("newPlanForm", NewPlanForm.of(scope.organisationId(), shown));
        overview(scope, shown, model);
        return "needs/plan/list";
    }

    private void overview(PlanScope scope, int year, Model model) {
        model.addAttribute("year", year);
        List<Integer> years = years();
        if (!years.contains(year)) {
            years.add(year);
            years.sort(null);
        }
        model.addAttribute("years", years);
        model.addAttribute("coordinator", scope.coordinator());
        model.addAttribute("overview", plans.overview(scope, year));
        model.addAttribute("municipalities", plans.municipalities(scope, year));
    }

    private List<Integer> years() {
        int now = plans.thisYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now - 3; y <= now + 2; y++) {
            years.add(y);
        }
        return years;
    }

    @PostMapping
    String create(
            @ModelAttribute("newPlanForm") NewPlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanScope scope = scope();
        if (!scope.coordinator()) {
            form.organisationId = scope.organisationId();
        }
        if (!result.hasErrors()) {
            if (form.organisationId == null) {
                result.rejectValue("organisationId", "NotNull");
            }
            if (form.year == null) {
                result.rejectValue("year", "NotNull");
            }
        }
        if (!result.hasErrors()) {
            try {
                CompetencePlan created = plans.create(scope, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/needs/plans/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        int year = form.year != null && form.year >= 2000 && form.year <= 2100 ? form.year : plans.thisYear();
        overview(scope, year, model);
        return "needs/plan/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        PlanScope scope = scope();
        CompetencePlan plan = plans.plan(scope, id);
        model.addAttribute("plan", plan);
        model.addAttribute("progress", plans.progress(scope, plan));
        return "needs/plan/show";
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
        PlanScope scope = PlanScope.of(access);
        CompetencePlan plan = plans.plan(scope, id);
        String name = "kompetanseplan-" + plan.organisationName() + "-" + plan.year() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf.render(plan, plans.progress(scope, plan), access.collaborationName(), locale));
    }

    // --- steps, goals and evaluation

    @GetMapping("/{id}/steps")
    String stepsForm(@PathVariable UUID id, Model model) {
        CompetencePlan plan = plans.plan(scope(), id);
        model.addAttribute("textsForm", TextsForm.from(plan));
        return steps(plan, model);
    }

    @PostMapping("/{id}/steps")
    String updateSteps(
            @PathVariable UUID id,
            @ModelAttribute("textsForm") TextsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PlanScope scope = scope();
        CompetencePlan plan = plans.plan(scope, id);
        if (!result.hasErrors()) {
            try {
                plans.updateTexts(scope, id, form.toCommand());
                return saved(id, redirect);
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return steps(plan, model);
    }

    private String steps(CompetencePlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("statuses", options(StepStatus.values()));
        return "needs/plan/steps";
    }

    // --- staffing

    @GetMapping("/{id}/staffing")
    String staffingForm(@PathVariable UUID id, Model model) {
        CompetencePlan plan = plans.plan(scope(), id);
        model.addAttribute("staffingForm", StaffingForm.from(plan));
        model.addAttribute("plan", plan);
        return "needs/plan/staffing";
    }

    @PostMapping("/{id}/staffing")
    String updateStaffing(
            @PathVariable UUID id,
            @ModelAttribute("staffingForm") StaffingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return saveRows(
                id,
                result,
                redirect,
                form.kept(),
                (scope, plan) -> plans.updateStaffing(scope, id, form.toCommand()),
                (scope, plan) -> {
                    model.addAttribute("plan", plan);
                    return "needs/plan/staffing";
                });
    }

    // --- competence

    @GetMapping("/{id}/competence")
    String competenceForm(@PathVariable UUID id, Model model) {
        CompetencePlan plan = plans.plan(scope(), id);
        model.addAttribute("competenceForm", CompetenceForm.from(plan));
        model.addAttribute("plan", plan);
        return "needs/plan/competence";
    }

    @PostMapping("/{id}/competence")
    String updateCompetence(
            @PathVariable UUID id,
            @ModelAttribute("competenceForm") CompetenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return saveRows(
                id,
                result,
                redirect,
                form.kept(),
                (scope, plan) -> plans.updateCompetence(scope, id, form.toCommand()),
                (scope, plan) -> {
                    model.addAttribute("plan", plan);
                    return "needs/plan/competence";
                });
    }

    // --- measures

    @GetMapping("/{id}/measures")
    String measuresForm(@PathVariable UUID id, Model model) {
        PlanScope scope = scope();
        CompetencePlan plan = plans.plan(scope, id);
        model.addAttribute("measuresForm", MeasuresForm.from(plan));
        return measures(scope, plan, model);
    }

    @PostMapping("/{id}/measures")
    String updateMeasures(
            @PathVariable UUID id,
            @ModelAttribute("measuresForm") MeasuresForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return saveRows(
                id,
                result,
                redirect,
                form.kept(),
                (scope, plan) -> plans.updateMeasures(scope, id, form.toCommand(plan.year())),
                (scope, plan) -> measures(scope, plan, model));
    }

    /** What a rows form does with the plan it edits. */
    private interface RowsStep<T> {
        T apply(PlanScope scope, CompetencePlan plan);
    }

    /**
     * Saves a rows form (staffing, competence, measures) and returns to the plan; on a problem, shows
     * the form again with each message at the row it belongs to.
     */
    private String saveRows(
            UUID id,
            BindingResult result,
            RedirectAttributes redirect,
            List<Integer> kept,
            RowsStep<?> save,
            RowsStep<String> again) {
        PlanScope scope = scope();
        CompetencePlan plan = plans.plan(scope, id);
        if (!result.hasErrors()) {
            try {
                save.apply(scope, plan);
                return saved(id, redirect);
            } catch (InvalidInput e) {
                atFormRows(e, kept).addTo(result);
            }
        }
        return again.apply(scope, plan);
    }

    private String measures(PlanScope scope, CompetencePlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("activities", plans.activityChoices(scope, plan));
        model.addAttribute("progress", plans.progress(scope, plan));
        model.addAttribute("kinds", options(MeasureKind.values()));
        model.addAttribute("measureStatuses", options(MeasureStatus.values()));
        return "needs/plan/measures";
    }

    private static String saved(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/needs/plans/" + id;
    }

    private static Map<String, String> options(Enum<?>[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            String key =
                    switch (v) {
                        case StepStatus s -> s.messageKey();
                        case MeasureKind k -> k.messageKey();
                        case MeasureStatus s -> s.messageKey();
                        default -> v.name();
                    };
            options.put(v.name(), key);
        }
        return options;
    }

    /**
     * The command numbers the rows it was given; the form also holds empty and removed rows, so a
     * problem is moved to the row's place in the form.
     */
    static InvalidInput atFormRows(InvalidInput e, List<Integer> kept) {
        List<FieldProblem> moved = new ArrayList<>();
        for (FieldProblem p : e.errors()) {
            Matcher m = ROW.matcher(p.field());
            String field = p.field();
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index < kept.size()) {
                    field = "rows[" + kept.get(index) + "]" + m.group(2);
                }
            }
            moved.add(new FieldProblem(field, p.messageKey(), p.args()));
        }
        return new InvalidInput(moved);
    }
}
