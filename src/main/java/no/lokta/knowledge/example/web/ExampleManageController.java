package no.lokta.knowledge.example.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.knowledge.example.CategorySummary;
import no.lokta.knowledge.example.Evidence;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.knowledge.example.ExampleSummary;
import no.lokta.member.MemberManagement;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
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
 * The coordinator's side of the good examples: every example of the collaboration with drafts,
 * the example form, publishing, removing, and the list of categories.
 */
@Controller
@RequestMapping("/knowledge/examples/manage")
class ExampleManageController {

    private final ExampleManagement examples;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final Tenancy tenancy;

    ExampleManageController(
            ExampleManagement examples, MemberManagement members, NetworkManagement networks, Tenancy tenancy) {
        this.examples = examples;
        this.members = members;
        this.networks = networks;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("examples", examples.examples(collaborationId));
        model.addAttribute("collaboration", collaborationId);
        return "knowledge/example/manage";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("exampleForm", ExampleForm.empty());
        choices(collaborationId, model);
        return "knowledge/example/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("exampleForm") ExampleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        checkPeriod(form, result);
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] =
                        examples.create(collaborationId, form.toCommand()).id())) {
            return "redirect:/knowledge/examples/" + created[0];
        }
        choices(collaborationId, model);
        return "knowledge/example/new";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        ExampleSummary example = examples.example(collaborationId, id);
        model.addAttribute("example", example);
        model.addAttribute("exampleForm", ExampleForm.from(example));
        choices(collaborationId, model);
        return "knowledge/example/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("exampleForm") ExampleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        ExampleSummary example = examples.example(collaborationId, id);
        checkPeriod(form, result);
        if (Forms.saved(result, redirect, () -> examples.update(collaborationId, id, form.toCommand()))) {
            return "redirect:/knowledge/examples/" + id;
        }
        model.addAttribute("example", example);
        choices(collaborationId, model);
        return "knowledge/example/edit";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        examples.publish(coordinator(), id);
        redirect.addFlashAttribute("published", true);
        return "redirect:/knowledge/examples/" + id;
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable UUID id, RedirectAttributes redirect) {
        examples.unpublish(coordinator(), id);
        redirect.addFlashAttribute("unpublished", true);
        return "redirect:/knowledge/examples/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        ExampleSummary deleted = examples.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", deleted.title());
        return "redirect:/knowledge/examples/manage";
    }

    // --- categories

    @GetMapping("/categories")
    String categories(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("categoryForm", CategoryForm.empty());
        return categoriesPage(collaborationId, model);
    }

    @PostMapping("/categories")
    String addCategory(
            @Valid @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        if (!result.hasErrors()) {
            try {
                CategorySummary added = examples.addCategory(collaborationId, form.text());
                redirect.addFlashAttribute("added", added.name());
                return "redirect:/knowledge/examples/manage/categories";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return categoriesPage(collaborationId, model);
    }

    @PostMapping("/categories/{id}")
    String renameCategory(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String name,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            CategorySummary renamed = examples.renameCategory(collaborationId, id, name == null ? "" : name);
            redirect.addFlashAttribute("renamed", renamed.name());
            return "redirect:/knowledge/examples/manage/categories";
        } catch (InvalidInput e) {
            return refused(collaborationId, id, name, e, model);
        }
    }

    @PostMapping("/categories/{id}/delete")
    String removeCategory(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            CategorySummary removed = examples.removeCategory(collaborationId, id);
            redirect.addFlashAttribute("removed", removed.name());
            return "redirect:/knowledge/examples/manage/categories";
        } catch (InvalidInput e) {
            return refused(collaborationId, id, null, e, model);
        }
    }

    /** The categories page again, with the problem at the field of the category concerned. */
    private String refused(UUID collaborationId, UUID id, @Nullable String typed, InvalidInput e, Model model) {
        InvalidInput.FieldProblem problem = e.errors().getFirst();
        model.addAttribute("problemCategory", id);
        model.addAttribute("problem", problem);
        model.addAttribute("typedName", typed);
        model.addAttribute("categoryForm", CategoryForm.empty());
        return categoriesPage(collaborationId, model);
    }

    private String categoriesPage(UUID collaborationId, Model model) {
        model.addAttribute("categories", examples.ensureCategories(collaborationId));
        return "knowledge/example/categories";
    }

    /** An end before the start is refused at its field together with any other problem of the form. */
    private static void checkPeriod(ExampleForm form, BindingResult result) {
        java.time.LocalDate from = form.periodFrom();
        java.time.LocalDate to = form.periodTo();
        if (result.getTarget() == null || result.hasFieldErrors("periodTo") || to == null) {
            return;
        }
        if (from == null) {
            if (!result.hasFieldErrors("periodFrom")) {
                result.rejectValue("periodFrom", "example.period.fromRequired");
            }
        } else if (to.isBefore(from)) {
            result.rejectValue("periodTo", "example.period.endBeforeStart");
        }
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("categories", examples.ensureCategories(collaborationId));
        model.addAttribute("networks", networks.networkNames(collaborationId));
        model.addAttribute("organisations", members.organisations(collaborationId));
        model.addAttribute("evidences", Evidence.values());
    }
}
