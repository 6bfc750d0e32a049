package no.lokta.programme.web;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.registration.MunicipalityRegistrations;
import no.lokta.programme.registration.StaffRegistration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.AccessDeniedException;
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
 * "Min kommune" for a kommunekontakt: the organisation's people in the programme, approvals in one
 * click, reserved seats, and registering own staff. Only ever the contact's own organisation.
 */
@Controller
@RequestMapping("/programme/my-municipality")
class MyMunicipalityController {

    private static final String HOME = "redirect:/programme/my-municipality";

    private final MunicipalityRegistrations municipality;
    private final Tenancy tenancy;

    MyMunicipalityController(MunicipalityRegistrations municipality, Tenancy tenancy) {
        this.municipality = municipality;
        this.tenancy = tenancy;
    }

    /** The contact's collaboration and organisation; a contact without one may not be here. */
    private record Contact(UUID collaborationId, UUID organisationId) {}

    private Contact contact() {
        CollaborationAccess access = tenancy.require(Role.MUNICIPALITY_CONTACT);
        UUID organisationId = access.organisationId();
        if (organisationId == null) {
            throw new AccessDeniedException("a municipality contact speaks for an organisation");
        }
        return new Contact(access.collaborationId(), organisationId);
    }

    @GetMapping
    String show(Model model) {
        Contact contact = contact();
        model.addAttribute("overview", municipality.overview(contact.collaborationId(), contact.organisationId()));
        return "programme/municipality/overview";
    }

    /** One registration with its decision buttons: the approval mail links here. */
    @GetMapping("/approvals/{registrationId}")
    String approval(@PathVariable UUID registrationId, Model model) {
        Contact contact = contact();
        model.addAttribute(
                "registration",
                municipality.registration(contact.collaborationId(), contact.organisationId(), registrationId));
        return "programme/municipality/approval";
    }

    @PostMapping("/approvals/{registrationId}/approve")
    String approve(
            @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return decide(registrationId, true, back, redirect);
    }

    @PostMapping("/approvals/{registrationId}/decline")
    String decline(
            @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return decide(registrationId, false, back, redirect);
    }

    private String decide(UUID registrationId, boolean approve, String back, RedirectAttributes redirect) {
        Contact contact = contact();
        try {
            StaffRegistration decided =
                    municipality.decide(contact.collaborationId(), contact.organisationId(), registrationId, approve);
            redirect.addFlashAttribute("decided", approve ? "approved" : "declined");
            redirect.addFlashAttribute("decidedName", decided.name());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        // from the list back to the list; from the page of one registration back to that page
        return "overview".equals(back) ? HOME + "#approvals" : HOME + "/approvals/" + registrationId;
    }

    /** Names and addresses are read without the spaces around them, as people paste them. */
    @InitBinder("staffForm")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    @GetMapping("/registrations/new")
    String newForm(@RequestParam(required = false) @Nullable UUID activity, Model model) {
        Contact contact = contact();
        model.addAttribute("staffForm", StaffForm.forActivity(activity));
        model.addAttribute("activities", municipality.openActivities(contact.collaborationId()));
        return "programme/municipality/register";
    }

    @PostMapping("/registrations")
    String create(
            @Valid @ModelAttribute("staffForm") StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Contact contact = contact();
        if (Choices.malformed(form.activityId())) {
            result.rejectValue("activityId", "typeMismatch.java.util.UUID");
        }
        if (!result.hasErrors()) {
            try {
                RegistrationSummary registered = municipality.registerStaff(
                        contact.collaborationId(),
                        contact.organisationId(),
                        Objects.requireNonNull(form.activity()),
                        form.nameOrEmpty(),
                        form.emailOrEmpty());
                redirect.addFlashAttribute("outcome", registered.status().name());
                redirect.addFlashAttribute("outcomeName", registered.name());
                redirect.addFlashAttribute("outcomePosition", registered.waitlistPosition());
                return HOME;
            } catch (ActivityNotFound e) {
                result.rejectValue("activityId", "typeMismatch.java.util.UUID");
            } catch (InvalidInput e) {
                // the activity's problems (closed, not published) belong at its choice in the form
                new InvalidInput(e.errors().stream()
                                .map(p -> "activity".equals(p.field())
                                        ? new InvalidInput.FieldProblem("activityId", p.messageKey(), p.args())
                                        : p)
                                .toList())
                        .addTo(result);
            }
        }
        model.addAttribute("activities", municipality.openActivities(contact.collaborationId()));
        return "programme/municipality/register";
    }
}
