package no.lokta.member.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipKind;
import no.lokta.member.MembershipSummary;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
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

/** Organisations of the current collaboration: list, detail, create, edit, contacts, memberships. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    /** Which organisations the list shows, by their standing today. */
    enum Standing {
        ALL,
        MEMBERS,
        PARTNERS,
        FORMER
    }

    private final MemberManagement members;
    private final Tenancy tenancy;

    OrganisationController(MemberManagement members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(OrganisationKind.values()).forEach(k -> kinds.put(k.name(), k.messageKey()));
        return kinds;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable OrganisationKind kind,
            @RequestParam(defaultValue = "ALL") Standing standing,
            Model model) {
        filter(q, kind, standing, model);
        return "member/organisations/list";
    }

    /** The search as you type: only the results are sent back. */
    @HxRequest
    @GetMapping
    String listResults(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable OrganisationKind kind,
            @RequestParam(defaultValue = "ALL") Standing standing,
            Model model) {
        filter(q, kind, standing, model);
        return "member/organisations/list :: results";
    }

    private void filter(String q, @Nullable OrganisationKind kind, Standing standing, Model model) {
        CollaborationAccess access = tenancy.require();
        UUID collaborationId = access.collaborationId();
        java.time.LocalDate today = java.time.LocalDate.now();
        Map<UUID, Set<MembershipKind>> current = members.membersOn(collaborationId, today).stream()
                .collect(Collectors.groupingBy(
                        MembershipSummary::organisationId,
                        Collectors.mapping(MembershipSummary::kind, Collectors.toSet())));
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<OrganisationSummary> shown = members.organisations(collaborationId).stream()
                .filter(o -> needle.isEmpty()
                        || o.name().toLowerCase(Locale.ROOT).contains(needle)
                        || needle.equals(o.municipalityNumber())
                        || needle.equals(o.organisationNumber()))
                .filter(o -> kind == null || o.kind() == kind)
                .filter(o -> switch (standing) {
                    case ALL -> true;
                    case MEMBERS -> current.getOrDefault(o.id(), Set.of()).contains(MembershipKind.MEMBER);
                    case PARTNERS -> current.getOrDefault(o.id(), Set.of()).contains(MembershipKind.PARTNER);
                    case FORMER -> !current.containsKey(o.id());
                })
                .toList();
        model.addAttribute("organisations", shown);
        model.addAttribute("current", current);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("standing", standing);
        model.addAttribute("standings", Standing.values());
        model.addAttribute("canEdit", access.has(Role.COORDINATOR));
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = tenancy.require();
        UUID collaborationId = access.collaborationId();
        OrganisationSummary org = members.organisation(collaborationId, id);
        model.addAttribute("organisation", org);
        model.addAttribute(
                "successor",
                org.successorId() == null ? null : members.organisation(collaborationId, org.successorId()));
        model.addAttribute(
                "predecessors",
                members.organisations(collaborationId).stream()
                        .filter(o -> id.equals(o.successorId()))
                        .toList());
        model.addAttribute("contacts", members.contactPersons(collaborationId, id));
        model.addAttribute("memberships", members.membershipsOf(collaborationId, id));
        model.addAttribute("population", members.populationHistory(collaborationId, id));
        model.addAttribute("canEdit", access.has(Role.COORDINATOR));
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", MembershipForm.empty());
        }
        model.addAttribute("membershipKinds", membershipKinds());
        return "member/organisations/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        tenancy.require(Role.COORDINATOR);
        model.addAttribute("organisationForm", OrganisationForm.empty());
        model.addAttribute("register", members.referenceMunicipalities());
        return "member/organisations/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                OrganisationSummary created = members.createOrganisation(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("register", members.referenceMunicipalities());
        return "member/organisations/new";
    }

    @PostMapping("/from-register")
    String createFromRegister(
            @RequestParam(defaultValue = "") String municipalityNumber, Model model, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        try {
            OrganisationSummary created = members.addMunicipalityFromRegister(collaborationId, municipalityNumber);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + created.id();
        } catch (InvalidInput e) {
            model.addAttribute("organisationForm", OrganisationForm.empty());
            model.addAttribute("register", members.referenceMunicipalities());
            model.addAttribute("registerError", e.errors().getFirst().messageKey());
            return "member/organisations/new";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        OrganisationSummary org = members.organisation(collaborationId, id);
        model.addAttribute("organisation", org);
        model.addAttribute("organisationForm", OrganisationForm.from(org));
        return "member/organisations/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        OrganisationSummary org = members.organisation(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                members.updateOrganisation(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("organisation", org);
        return "member/organisations/edit";
    }

    @PostMapping("/{id}/contacts")
    String addContact(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                members.addContactPerson(
                        collaborationId,
                        id,
                        ContactForm.text(form.name()),
                        ContactForm.text(form.title()),
                        ContactForm.text(form.email()),
                        ContactForm.text(form.phone()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + id + "#contacts";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/contacts/{personId}/delete")
    String deleteContact(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        members.removeContactPerson(collaborationId, id, personId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisations/" + id + "#contacts";
    }

    @PostMapping("/{id}/memberships")
    String addMembership(
            @PathVariable UUID id,
            @Valid @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                members.addMembership(collaborationId, form.toCommand(id));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + id + "#memberships";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return show(id, model);
    }

    static Map<String, String> membershipKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(MembershipKind.values()).forEach(k -> kinds.put(k.name(), k.messageKey()));
        return kinds;
    }
}
