package no.lokta.people.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The people of the current collaboration and their roles; coordinators add people here. */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminController {

    private final PeopleManagement people;
    private final MemberManagement members;
    private final Tenancy tenancy;

    PeopleAdminController(PeopleManagement people, MemberManagement members, Tenancy tenancy) {
        this.people = people;
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        model.addAttribute("personForm", PersonForm.empty());
        return page(access, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors, Model model, Locale locale) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        if (!errors.hasErrors()) {
            try {
                PeopleManagement.Added added = people.addPerson(access.collaborationId(), form.toCommand(), locale);
                return added == PeopleManagement.Added.ACCOUNT_CREATED
                        ? "redirect:/admin/people?created"
                        : "redirect:/admin/people?granted";
            } catch (InvalidInput e) {
                e.addTo(errors);
            }
        }
        return page(access, model);
    }

    private String page(CollaborationAccess access, Model model) {
        List<OrganisationSummary> organisations = members.organisations(access.collaborationId());
        Map<UUID, String> organisationNames =
                organisations.stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        model.addAttribute("people", people.peopleIn(access.collaborationId()));
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("roles", roles());
        return "people/admin/people";
    }

    private static Map<String, String> roles() {
        return Arrays.stream(Role.values())
                .collect(Collectors.toMap(Role::name, Role::messageKey, (a, b) -> a, LinkedHashMap::new));
    }
}
