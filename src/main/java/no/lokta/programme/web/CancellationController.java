package no.lokta.programme.web;

import java.util.UUID;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationNotFound;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.mail.CancellationLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person cancels their own registration: without sign-in through the personal link in their
 * mails (a wrong or missing token is a plain 404, as if there were no such registration), or signed
 * in from the activity page. The freed seat goes to the waitlist in the same transaction.
 */
@Controller
class CancellationController {

    private final ProgrammeManagement programme;
    private final CancellationLinks links;
    private final Tenancy tenancy;

    CancellationController(ProgrammeManagement programme, CancellationLinks links, Tenancy tenancy) {
        this.programme = programme;
        this.links = links;
        this.tenancy = tenancy;
    }

    @GetMapping("/programme/registrations/{id}/cancel")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String token, Model model) {
        RegistrationSummary registration = verified(id, token);
        model.addAttribute("registration", registration);
        model.addAttribute("activity", programme.publicActivity(registration.activityId()));
        model.addAttribute("token", token);
        return "programme/cancel";
    }

    @PostMapping("/programme/registrations/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String token,
            RedirectAttributes redirect) {
        RegistrationSummary registration = verified(id, token);
        ActivitySummary activity = programme.publicActivity(registration.activityId());
        if (registration.status().active()) {
            programme.cancel(activity.collaborationId(), id);
            redirect.addFlashAttribute("done", true);
        }
        redirect.addAttribute("token", token);
        return "redirect:/programme/registrations/" + id + "/cancel";
    }

    /** The signed-in person's own registration of the activity, and no one else's. */
    @PostMapping("/programme/activities/{id}/registrations/mine/cancel")
    String cancelMine(@PathVariable UUID id, RedirectAttributes redirect) {
        LoktaUser user = tenancy.requireUser();
        ActivitySummary activity = programme.publicActivity(id);
        RegistrationSummary mine = programme
                .registrationOf(id, user.email())
                .filter(r -> r.status().active())
                .orElseThrow(RegistrationNotFound::new);
        RegistrationSummary cancelled = programme.cancel(activity.collaborationId(), mine.id());
        redirect.addFlashAttribute("outcome", cancelled.status().name());
        return "redirect:/programme/activities/" + id + "#register";
    }

    private RegistrationSummary verified(UUID id, @Nullable String token) {
        return programme.registrationById(id).filter(r -> links.valid(r, token)).orElseThrow(RegistrationNotFound::new);
    }
}
