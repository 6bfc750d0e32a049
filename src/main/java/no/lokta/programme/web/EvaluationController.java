package no.lokta.programme.web;

import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.evaluation.EvaluationManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Completing an activity, which sends its evaluation. The evaluation is a survey (needs module):
 * its results and the answer form live there, and the addresses of the programme's earlier form
 * lead to them.
 */
@Controller
class EvaluationController {

    private final EvaluationManagement evaluations;
    private final Tenancy tenancy;

    EvaluationController(EvaluationManagement evaluations, Tenancy tenancy) {
        this.evaluations = evaluations;
        this.tenancy = tenancy;
    }

    @PostMapping("/programme/manage/activities/{id}/complete")
    String complete(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        try {
            evaluations.complete(collaborationId, id);
            redirect.addFlashAttribute("completed", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/manage/activities/" + id + "/attendance";
    }

    @GetMapping("/programme/manage/activities/{id}/evaluation")
    String results(@PathVariable UUID id) {
        tenancy.require(Role.COORDINATOR);
        return "redirect:/needs/evaluations/" + id;
    }

    /** A link mailed before evaluations became surveys: the same secret opens the survey. */
    @RequestMapping(
            path = "/programme/evaluations/{token}",
            method = {RequestMethod.GET, RequestMethod.POST})
    RedirectView earlierLink(@PathVariable String token) {
        RedirectView view = new RedirectView("/needs/respond/" + token, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return view;
    }
}
