package no.lokta.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.member.CollaborationCommand;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A coordinator starts another collaboration in the same installation and becomes its first
 * coordinator; the signed-in person gets access to it at once.
 */
@Controller
class NewCollaborationController {

    /** Name, owner body and description of the new collaboration. */
    record NewCollaborationForm(
            @NotBlank @Size(max = 200) @Nullable String name,
            @Size(max = 200) @Nullable String ownerBody,
            @Size(max = 4000) @Nullable String description) {

        CollaborationCommand toCommand() {
            return new CollaborationCommand(
                    name == null ? "" : name,
                    ownerBody == null ? "" : ownerBody,
                    description == null ? "" : description);
        }
    }

    private final PeopleManagement people;
    private final Tenancy tenancy;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    NewCollaborationController(PeopleManagement people, Tenancy tenancy) {
        this.people = people;
        this.tenancy = tenancy;
    }

    @GetMapping("/collaborations/new")
    String newForm(Model model) {
        tenancy.require(Role.COORDINATOR);
        model.addAttribute("newCollaborationForm", new NewCollaborationForm("", "", ""));
        return "people/collaborations/new";
    }

    @PostMapping("/collaborations")
    String create(
            @Valid @ModelAttribute("newCollaborationForm") NewCollaborationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        tenancy.require(Role.COORDINATOR);
        if (!errors.hasErrors()) {
            try {
                LoktaUser before = tenancy.requireUser();
                LoktaUser now = people.startCollaboration(before.accountId(), form.toCommand());
                signInAgain(now, request, response);
                now.access().stream()
                        .filter(a ->
                                a.collaborationName().equals(form.toCommand().name()))
                        .map(CollaborationAccess::collaborationId)
                        .findFirst()
                        .ifPresent(tenancy::choose);
                return "redirect:/collaborations";
            } catch (InvalidInput e) {
                e.addTo(errors);
            }
        }
        return "people/collaborations/new";
    }

    /** The person in the session now holds the new role; the password is not needed for that. */
    private void signInAgain(LoktaUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
