package no.lokta.programme.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.registration.GuestRegistrations;
import no.lokta.programme.registration.GuestRegistrations.Confirmation;
import no.lokta.programme.registration.GuestRegistrations.Link;
import no.lokta.programme.registration.GuestRegistrations.LinkState;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration without an account, open to everyone: name and e-mail, then a mailed link that
 * shows a button, and the button registers.
 */
@Controller
@RequestMapping("/programme")
class GuestRegistrationController {

    private final GuestRegistrations guests;
    private final ProgrammeManagement programme;
    private final MemberManagement members;

    GuestRegistrationController(GuestRegistrations guests, ProgrammeManagement programme, MemberManagement members) {
        this.guests = guests;
        this.programme = programme;
        this.members = members;
    }

    @GetMapping("/activities/{id}/guest-registration")
    String newForm(@PathVariable UUID id, Model model) {
        form(id, GuestForm.empty(), model);
        return "programme/guest-register";
    }

    /** The form alone, for the activity page to load in place. */
    @HxRequest
    @GetMapping("/activities/{id}/guest-registration")
    String newFormFragment(@PathVariable UUID id, Model model) {
        form(id, GuestForm.empty(), model);
        return "programme/guest-register :: form";
    }

    @PostMapping("/activities/{id}/guest-registration")
    String create(
            @PathVariable UUID id,
            @Valid @ModelAttribute("guestForm") GuestForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (Choices.malformed(form.organisationId())) {
            result.rejectValue("organisationId", "typeMismatch.java.util.UUID");
        }
        if (!result.hasErrors()) {
            try {
                guests.request(id, form.nameOrEmpty(), form.emailOrEmpty(), form.organisation(), locale);
                redirect.addFlashAttribute("sentTo", form.emailOrEmpty().strip());
                return "redirect:/programme/activities/" + id + "/guest-registration";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        form(id, null, model);
        return "programme/guest-register";
    }

    /** Names and addresses are read without the spaces around them, as people paste them. */
    @InitBinder("guestForm")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    /** The page's model; the form only when it is new (a submitted one is there with its errors). */
    private void form(UUID id, @Nullable GuestForm form, Model model) {
        ActivitySummary activity = programme.publicActivity(id);
        model.addAttribute("activity", activity);
        model.addAttribute("registrationOpen", activity.registrationOpenAt(programme.now()));
        if (form != null) {
            model.addAttribute("guestForm", form);
        }
        List<OrganisationSummary> organisations = members.organisations(activity.collaborationId()).stream()
                .filter(o -> o.endedOn() == null)
                .toList();
        model.addAttribute("organisations", organisations);
        model.addAttribute("validHours", GuestRegistrations.VALID_HOURS);
    }

    /** Opening the mailed link changes nothing: it shows what the button will do. */
    @GetMapping("/registrations/confirm")
    String confirmForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        Link link = guests.check(token);
        if (link.state() != LinkState.VALID) {
            return invalid(link.state(), model, response);
        }
        model.addAttribute("link", link);
        model.addAttribute("token", token);
        return "programme/guest-confirm";
    }

    @PostMapping("/registrations/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        Confirmation confirmation;
        try {
            confirmation = guests.confirm(token);
        } catch (InvalidInput e) {
            // the activity stopped taking registrations after the mail went out: the link stays unused
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", e.errors().getFirst().messageKey());
            return "programme/guest-link";
        }
        if (confirmation.state() != LinkState.VALID) {
            return invalid(confirmation.state(), model, response);
        }
        model.addAttribute("confirmation", confirmation);
        return "programme/guest-confirmed";
    }

    /** A link that does not work: 410 if it did once, 404 if it never did. */
    private static String invalid(LinkState state, Model model, HttpServletResponse response) {
        response.setStatus(state == LinkState.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("state", state.name());
        return "programme/guest-link";
    }
}
