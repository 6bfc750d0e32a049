package no.lokta.knowledge.priority.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.knowledge.priority.PriorityArea;
import no.lokta.knowledge.priority.PriorityManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The priority areas: everyone in the collaboration reads them; the coordinator writes, orders and removes them. */
@Controller
@RequestMapping("/knowledge/priorities")
class PriorityAreaController {

    private final PriorityManagement priorities;
    private final ExampleManagement examples;
    private final Tenancy tenancy;

    PriorityAreaController(PriorityManagement priorities, ExampleManagement examples, Tenancy tenancy) {
        this.priorities = priorities;
        this.examples = examples;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = tenancy.require();
        model.addAttribute("areas", priorities.areas(access.collaborationId()));
        model.addAttribute("collaboration", access.collaborationId());
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/priority/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("priorityAreaForm", PriorityAreaForm.empty());
        return formPage(coordinator(), null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("priorityAreaForm") PriorityAreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> priorities.create(c, form.toCommand()))
                ? "redirect:/knowledge/priorities"
                : formPage(c, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID c = coordinator();
        PriorityArea area = priorities.area(c, id);
        model.addAttribute("priorityAreaForm", PriorityAreaForm.from(area));
        return formPage(c, area, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("priorityAreaForm") PriorityAreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        PriorityArea area = priorities.area(c, id);
        return Forms.saved(result, redirect, () -> priorities.update(c, id, form.toCommand()))
                ? "redirect:/knowledge/priorities"
                : formPage(c, area, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "removed", priorities.delete(coordinator(), id).name());
        return "redirect:/knowledge/priorities";
    }

    private String formPage(UUID c, @Nullable PriorityArea area, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("categories", examples.categories(c));
        return "knowledge/priority/form";
    }
}
