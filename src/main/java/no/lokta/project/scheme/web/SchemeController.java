package no.lokta.project.scheme.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.WebAddress;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
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

/**
 * Grant schemes. The coordinator keeps them and publishes them; a municipality contact reads the
 * published ones that concern their organisation.
 */
@Controller
@RequestMapping("/projects/schemes")
class SchemeController {

    private final SchemeManagement schemes;
    private final Tenancy tenancy;

    SchemeController(SchemeManagement schemes, Tenancy tenancy) {
        this.schemes = schemes;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader();
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute(
                "schemes",
                coordinator
                        ? schemes.schemes(access.collaborationId())
                        : schemes.publishedFor(access.collaborationId(), access.requireOrganisation()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", schemes.today());
        return "project/scheme/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("schemeForm", SchemeForm.empty());
        choices(collaborationId, null, model);
        return "project/scheme/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        checkLink(form, result);
        if (!result.hasErrors()) {
            try {
                GrantSchemeSummary created = schemes.create(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/schemes/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, null, model);
        return "project/scheme/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute(
                "scheme",
                coordinator
                        ? schemes.scheme(access.collaborationId(), id)
                        : schemes.publishedFor(access.collaborationId(), access.requireOrganisation(), id));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", schemes.today());
        return "project/scheme/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        GrantSchemeSummary scheme = schemes.scheme(collaborationId, id);
        model.addAttribute("scheme", scheme);
        model.addAttribute("schemeForm", SchemeForm.from(scheme));
        choices(collaborationId, scheme, model);
        return "project/scheme/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        GrantSchemeSummary scheme = schemes.scheme(collaborationId, id);
        checkLink(form, result);
        if (!result.hasErrors()) {
            try {
                schemes.update(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/schemes/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("scheme", scheme);
        choices(collaborationId, scheme, model);
        return "project/scheme/edit";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        GrantSchemeSummary deleted = schemes.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", deleted.name());
        return "redirect:/projects/schemes";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        boolean before = schemes.scheme(collaborationId, id).published();
        schemes.publish(collaborationId, id);
        redirect.addFlashAttribute(before ? "alreadyPublished" : "published", true);
        return "redirect:/projects/schemes/" + id;
    }

    /** A link that is no web address is refused at its field, along with any other problem of the form. */
    private static void checkLink(SchemeForm form, BindingResult result) {
        String link = SchemeForm.text(form.link()).strip();
        if (!link.isEmpty()
                && !result.hasFieldErrors("link")
                && result.getTarget() != null
                && !WebAddress.isValid(link)) {
            result.rejectValue("link", "scheme.link.invalid");
        }
    }

    /** The members to choose from: today's, and any the scheme already names. */
    private void choices(UUID collaborationId, @Nullable GrantSchemeSummary scheme, Model model) {
        Map<UUID, String> members = new LinkedHashMap<>(schemes.currentMembers(collaborationId));
        if (scheme != null) {
            scheme.organisations().forEach(p -> members.putIfAbsent(p.id(), p.name()));
        }
        model.addAttribute("members", members);
        model.addAttribute("funderKinds", FunderKind.values());
    }
}
