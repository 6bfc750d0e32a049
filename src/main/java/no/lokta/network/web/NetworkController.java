package no.lokta.network.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.lokta.member.MemberManagement;
import no.lokta.network.BodyKind;
import no.lokta.network.BodyRole;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkPageSection;
import no.lokta.network.NetworkPerson;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Networks of the current collaboration: list, overview with bodies and seats, create, edit. */
@Controller
@RequestMapping("/networks")
class NetworkController {

    /** A section another module adds to the overview: its template and what it shows. */
    record Section(String template, Object data) {}

    private final NetworkManagement networks;
    private final MemberManagement members;
    private final Tenancy tenancy;
    private final ObjectProvider<NetworkPageSection> sections;

    NetworkController(
            NetworkManagement networks,
            MemberManagement members,
            Tenancy tenancy,
            ObjectProvider<NetworkPageSection> sections) {
        this.networks = networks;
        this.members = members;
        this.tenancy = tenancy;
        this.sections = sections;
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = tenancy.require();
        model.addAttribute("networks", networks.networks(access.collaborationId()));
        model.addAttribute("canEdit", access.has(Role.COORDINATOR));
        return "network/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = tenancy.require();
        UUID collaborationId = access.collaborationId();
        model.addAttribute("network", networks.network(collaborationId, id));
        model.addAttribute("bodies", networks.bodies(collaborationId, id));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .map(s -> new Section(s.template(), s.data(collaborationId, id)))
                        .toList());
        boolean canEdit = access.has(Role.COORDINATOR);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            if (!model.containsAttribute("membershipForm")) {
                model.addAttribute("membershipForm", BodyMembershipForm.empty());
            }
            model.addAttribute("bodyKinds", options(BodyKind.values(), BodyKind::messageKey));
            model.addAttribute("roles", options(BodyRole.values(), BodyRole::messageKey));
            model.addAttribute("people", networks.personCandidates(collaborationId));
            model.addAttribute("organisations", members.organisations(collaborationId));
        }
        return "network/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        List<UUID> me = networks.coordinatorCandidates(collaborationId).stream()
                .map(NetworkPerson::accountId)
                .filter(id -> id.equals(tenancy.requireUser().accountId()))
                .toList();
        model.addAttribute("networkForm", NetworkForm.empty(me));
        return form(collaborationId, model, "network/new");
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        if (!result.hasErrors()) {
            try {
                NetworkSummary created = networks.createNetwork(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/networks/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return form(collaborationId, model, "network/new");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        NetworkSummary network = networks.network(collaborationId, id);
        model.addAttribute("network", network);
        model.addAttribute("networkForm", NetworkForm.from(network));
        return form(collaborationId, model, "network/edit");
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        NetworkSummary network = networks.network(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                networks.updateNetwork(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/networks/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("network", network);
        return form(collaborationId, model, "network/edit");
    }

    @PostMapping("/{id}/memberships")
    String addMembership(
            @PathVariable UUID id,
            @Valid @ModelAttribute("membershipForm") BodyMembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        networks.network(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                networks.addMembership(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/networks/" + id + "#bodies";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/memberships/{membershipId}/end")
    String endMembership(
            @PathVariable UUID id,
            @PathVariable UUID membershipId,
            @Valid @ModelAttribute("endForm") EndMembershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        networks.network(collaborationId, id);
        LocalDate validTo = form.validTo();
        String problem = "network.membership.end.required";
        if (!result.hasErrors() && validTo != null) {
            try {
                networks.endMembership(collaborationId, id, membershipId, validTo);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/networks/" + id + "#bodies";
            } catch (InvalidInput e) {
                problem = e.errors().getFirst().messageKey();
            }
        }
        model.addAttribute("endError", problem);
        return show(id, model);
    }

    private String form(UUID collaborationId, Model model, String view) {
        model.addAttribute("statuses", options(NetworkStatus.values(), NetworkStatus::messageKey));
        model.addAttribute("coordinatorCandidates", networks.coordinatorCandidates(collaborationId));
        return view;
    }

    private static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> key) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> options.put(v.name(), key.apply(v)));
        return options;
    }
}
