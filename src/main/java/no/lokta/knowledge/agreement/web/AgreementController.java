package no.lokta.knowledge.agreement.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.knowledge.agreement.AgreementManagement;
import no.lokta.knowledge.agreement.AgreementSummary;
import no.lokta.knowledge.agreement.CoverageMatrix;
import no.lokta.knowledge.agreement.SubAgreementSummary;
import no.lokta.knowledge.agreement.VersionSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.WebAddress;
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
 * Agreements between municipalities and hospital trusts. The coordinator keeps them: agreements,
 * sub-agreements and their versions. A municipality contact reads the agreements their municipality
 * is party to and the matrix row of their municipality.
 */
@Controller
@RequestMapping("/knowledge/agreements")
class AgreementController {

    private final AgreementManagement agreements;
    private final Tenancy tenancy;

    AgreementController(AgreementManagement agreements, Tenancy tenancy) {
        this.agreements = agreements;
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
                "agreements",
                coordinator
                        ? agreements.agreements(access.collaborationId())
                        : agreements.agreementsOf(access.collaborationId(), access.requireOrganisation()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", agreements.today());
        return "knowledge/agreement/list";
    }

    @GetMapping("/matrix")
    String matrix(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        CollaborationAccess access = reader();
        LocalDate on = date == null ? agreements.today() : date;
        boolean coordinator = access.has(Role.COORDINATOR);
        CoverageMatrix matrix = coordinator
                ? agreements.matrix(access.collaborationId(), on)
                : agreements.matrixOf(access.collaborationId(), access.requireOrganisation(), on);
        model.addAttribute("matrix", matrix);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", agreements.today());
        return "knowledge/agreement/matrix";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("agreementForm", AgreementForm.empty());
        choices(collaborationId, model);
        return "knowledge/agreement/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        requireMunicipality(form, result);
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] =
                        agreements.create(collaborationId, form.toCommand()).id())) {
            return "redirect:/knowledge/agreements/" + created[0];
        }
        choices(collaborationId, model);
        return "knowledge/agreement/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute(
                "agreement",
                coordinator
                        ? agreements.agreement(access.collaborationId(), id)
                        : agreements.agreementOf(access.collaborationId(), access.requireOrganisation(), id));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", agreements.today());
        return "knowledge/agreement/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("agreementForm", AgreementForm.from(agreement));
        choices(collaborationId, model);
        return "knowledge/agreement/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        requireMunicipality(form, result);
        if (Forms.saved(result, redirect, () -> agreements.update(collaborationId, id, form.toCommand()))) {
            return "redirect:/knowledge/agreements/" + id;
        }
        model.addAttribute("agreement", agreement);
        choices(collaborationId, model);
        return "knowledge/agreement/edit";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        AgreementSummary deleted = agreements.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", deleted.title());
        return "redirect:/knowledge/agreements";
    }

    // --- sub-agreements

    @GetMapping("/{id}/parts/new")
    String newPart(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("subAgreementForm", SubAgreementForm.empty());
        return partPage(agreements.agreement(collaborationId, id), null, model);
    }

    @PostMapping("/{id}/parts")
    String addPart(
            @PathVariable UUID id,
            @Valid @ModelAttribute("subAgreementForm") SubAgreementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        if (Forms.saved(result, redirect, () -> agreements.addPart(collaborationId, id, form.toCommand()))) {
            return "redirect:/knowledge/agreements/" + id;
        }
        return partPage(agreement, null, model);
    }

    @GetMapping("/{id}/parts/{partId}")
    String editPart(@PathVariable UUID id, @PathVariable UUID partId, Model model) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        model.addAttribute("subAgreementForm", SubAgreementForm.from(part));
        return partPage(agreement, part, model);
    }

    @PostMapping("/{id}/parts/{partId}")
    String updatePart(
            @PathVariable UUID id,
            @PathVariable UUID partId,
            @Valid @ModelAttribute("subAgreementForm") SubAgreementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        if (Forms.saved(result, redirect, () -> agreements.updatePart(collaborationId, id, partId, form.toCommand()))) {
            return "redirect:/knowledge/agreements/" + id;
        }
        return partPage(agreement, part, model);
    }

    private String partPage(AgreementSummary agreement, @Nullable SubAgreementSummary part, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("part", part);
        model.addAttribute("topics", agreements.topics());
        return "knowledge/agreement/part";
    }

    // --- versions

    @GetMapping("/{id}/parts/{partId}/versions/new")
    String newVersion(@PathVariable UUID id, @PathVariable UUID partId, Model model) {
        UUID collaborationId = coordinator();
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        model.addAttribute("versionForm", VersionForm.empty(part.nextVersionNumber()));
        return versionPage(agreements.agreement(collaborationId, id), part, null, model);
    }

    @PostMapping("/{id}/parts/{partId}/versions")
    String addVersion(
            @PathVariable UUID id,
            @PathVariable UUID partId,
            @Valid @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        checkLink(form, result);
        if (Forms.saved(result, redirect, () -> agreements.addVersion(collaborationId, id, partId, form.toCommand()))) {
            return "redirect:/knowledge/agreements/" + id;
        }
        return versionPage(agreement, part, null, model);
    }

    @GetMapping("/{id}/parts/{partId}/versions/{versionId}")
    String editVersion(@PathVariable UUID id, @PathVariable UUID partId, @PathVariable UUID versionId, Model model) {
        UUID collaborationId = coordinator();
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        VersionSummary version = agreements.version(collaborationId, id, partId, versionId);
        model.addAttribute("versionForm", VersionForm.from(version));
        return versionPage(agreements.agreement(collaborationId, id), part, version, model);
    }

    @PostMapping("/{id}/parts/{partId}/versions/{versionId}")
    String updateVersion(
            @PathVariable UUID id,
            @PathVariable UUID partId,
            @PathVariable UUID versionId,
            @Valid @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        AgreementSummary agreement = agreements.agreement(collaborationId, id);
        SubAgreementSummary part = agreements.part(collaborationId, id, partId);
        VersionSummary version = agreements.version(collaborationId, id, partId, versionId);
        checkLink(form, result);
        if (Forms.saved(
                result,
                redirect,
                () -> agreements.updateVersion(collaborationId, id, partId, versionId, form.toCommand()))) {
            return "redirect:/knowledge/agreements/" + id;
        }
        return versionPage(agreement, part, version, model);
    }

    @PostMapping("/{id}/parts/{partId}/versions/{versionId}/delete")
    String deleteVersion(
            @PathVariable UUID id,
            @PathVariable UUID partId,
            @PathVariable UUID versionId,
            RedirectAttributes redirect) {
        VersionSummary deleted = agreements.deleteVersion(coordinator(), id, partId, versionId);
        redirect.addFlashAttribute("versionDeleted", deleted.versionNumber());
        return "redirect:/knowledge/agreements/" + id;
    }

    private String versionPage(
            AgreementSummary agreement, SubAgreementSummary part, @Nullable VersionSummary version, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("part", part);
        model.addAttribute("version", version);
        return "knowledge/agreement/version";
    }

    /** No municipality is refused at its field, along with any other problem of the form. */
    private static void requireMunicipality(AgreementForm form, BindingResult result) {
        if (form.noMunicipality() && !result.hasFieldErrors("municipalityIds") && result.getTarget() != null) {
            result.rejectValue("municipalityIds", "agreement.municipalities.required");
        }
    }

    /** A link that is no web address is refused at its field, along with any other problem of the form. */
    private static void checkLink(VersionForm form, BindingResult result) {
        String link = form.link() == null ? "" : form.link().strip();
        if (!link.isEmpty()
                && !result.hasFieldErrors("link")
                && result.getTarget() != null
                && !WebAddress.isValid(link)) {
            result.rejectValue("link", "agreement.version.link.invalid");
        }
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("trusts", agreements.hospitalTrusts(collaborationId));
        model.addAttribute("municipalities", agreements.municipalities(collaborationId));
    }
}
