package no.lokta.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A person's own account: who they are, their roles, and their password. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final PeopleManagement people;
    private final Tenancy tenancy;

    AccountController(PeopleManagement people, Tenancy tenancy) {
        this.people = people;
        this.tenancy = tenancy;
    }

    @GetMapping
    String show(Model model) {
        LoktaUser user = tenancy.requireUser();
        model.addAttribute("account", people.account(user.accountId()));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.empty());
        }
        return "people/account/show";
    }

    @PostMapping("/password")
    String update(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        LoktaUser user = tenancy.requireUser();
        if (!errors.hasErrors()) {
            try {
                HttpSession session = request.getSession(false);
                people.changePassword(
                        user.accountId(),
                        String.valueOf(form.current()),
                        String.valueOf(form.password()),
                        String.valueOf(form.repeat()),
                        session == null ? null : session.getId());
                return "redirect:/account?passwordChanged";
            } catch (InvalidInput e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("account", people.account(user.accountId()));
        return "people/account/show";
    }
}
