package no.lokta.knowledge.consultant.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.knowledge.consultant.ConsultantManagement;
import no.lokta.knowledge.consultant.Growth;
import no.lokta.knowledge.consultant.Profession;
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

/** The practice-consultant register: its growth (chart and table), the list and the coordinator's form. */
@Controller
@RequestMapping("/knowledge/consultants")
class ConsultantController {

    private final ConsultantManagement consultants;
    private final Tenancy tenancy;

    ConsultantController(ConsultantManagement consultants, Tenancy tenancy) {
        this.consultants = consultants;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access =
                tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER);
        UUID c = access.collaborationId();
        Growth growth = consultants.growth(c);
        model.addAttribute("growth", growth);
        model.addAttribute("chart", GrowthChart.of(growth));
        model.addAttribute("professions", Profession.values());
        model.addAttribute("consultants", consultants.consultants(c));
        model.addAttribute("today", consultants.today());
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/consultant/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID c = coordinator();
        model.addAttribute("consultantForm", ConsultantForm.empty(consultants.today()));
        return page(c, null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("consultantForm") ConsultantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        return Forms.saved(result, redirect, () -> consultants.add(c, form.toCommand()))
                ? "redirect:/knowledge/consultants"
                : page(c, null, model);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("consultantForm", ConsultantForm.from(consultants.consultant(c, id)));
        return page(c, id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("consultantForm") ConsultantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        consultants.consultant(c, id);
        return Forms.saved(result, redirect, () -> consultants.update(c, id, form.toCommand()))
                ? "redirect:/knowledge/consultants"
                : page(c, id, model);
    }

    private String page(UUID c, @Nullable UUID id, Model model) {
        model.addAttribute("consultantId", id);
        model.addAttribute("trusts", consultants.hospitalTrusts(c));
        model.addAttribute("professions", Profession.values());
        return "knowledge/consultant/form";
    }
}
