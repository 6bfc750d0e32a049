package no.lokta.programme.shadowing.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.shadowing.PlacementStatus;
import no.lokta.programme.shadowing.PlacementSummary;
import no.lokta.programme.shadowing.ShadowingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's side of job shadowing: placements, drafts included, their applications and reports. */
@Controller
@RequestMapping("/programme/shadowing/manage")
class PlacementManageController {

    private final ShadowingManagement shadowing;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final Tenancy tenancy;

    PlacementManageController(
            ShadowingManagement shadowing, MemberManagement members, NetworkManagement networks, Tenancy tenancy) {
        this.shadowing = shadowing;
        this.members = members;
        this.networks = networks;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("placements", shadowing.placements(coordinator()));
        return "programme/shadowing/manage/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("placementForm", PlacementForm.empty());
        choices(collaborationId, model);
        return "programme/shadowing/manage/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("placementForm") PlacementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        if (!result.hasErrors()) {
            try {
                PlacementSummary created = shadowing.createPlacement(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/shadowing/manage/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, model);
        return "programme/shadowing/manage/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("placement", shadowing.placement(collaborationId, id));
        model.addAttribute("applications", shadowing.applications(collaborationId, id));
        return "programme/shadowing/manage/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        PlacementSummary placement = shadowing.placement(collaborationId, id);
        model.addAttribute("placement", placement);
        model.addAttribute("placementForm", PlacementForm.from(placement));
        choices(collaborationId, model);
        return "programme/shadowing/manage/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("placementForm") PlacementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        PlacementSummary placement = shadowing.placement(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                shadowing.updatePlacement(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programme/shadowing/manage/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("placement", placement);
        choices(collaborationId, model);
        return "programme/shadowing/manage/edit";
    }

    private void choices(UUID collaborationId, Model model) {
        Map<String, String> statuses = new LinkedHashMap<>();
        Arrays.stream(PlacementStatus.values()).forEach(s -> statuses.put(s.name(), s.messageKey()));
        model.addAttribute("statuses", statuses);
        model.addAttribute("organisations", members.organisations(collaborationId));
        model.addAttribute("networks", networks.networks(collaborationId));
    }
}
