package no.lokta.programme.web;

import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.evaluation.EvaluationAnswer;
import no.lokta.programme.evaluation.EvaluationManagement;
import no.lokta.programme.evaluation.EvaluationResults;
import no.lokta.programme.evaluation.Invitation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Completing an activity (which sends the evaluation), the results for the coordinator, and the
 * public form behind each participant's secret link.
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
            redirect.addFlashAttribute("invited", evaluations.complete(collaborationId, id));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/manage/activities/" + id + "/attendance";
    }

    @GetMapping("/programme/manage/activities/{id}/evaluation")
    String results(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        EvaluationResults results = evaluations.results(collaborationId, id);
        model.addAttribute("results", results);
        model.addAttribute("chart", EvaluationChart.of(results));
        return "programme/evaluation/results";
    }

    @GetMapping("/programme/evaluations/{token}")
    String form(@PathVariable String token, Model model) {
        Invitation invitation = evaluations.invitation(token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("evaluationForm", new EvaluationForm(null, null, ""));
        return "programme/evaluation/form";
    }

    @PostMapping("/programme/evaluations/{token}")
    String answer(
            @PathVariable String token,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Invitation invitation = evaluations.invitation(token);
        if (!result.hasErrors()) {
            try {
                evaluations.answer(token, form.toAnswer());
                redirect.addFlashAttribute("answered", true);
                return "redirect:/programme/evaluations/" + token;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        return "programme/evaluation/form";
    }

    /** The evaluation form: scores as sent; one missing or not a number is refused as out of range. */
    record EvaluationForm(
            @Nullable String overall,
            @Nullable String usefulness,
            @Nullable String comment) {

        EvaluationAnswer toAnswer() {
            return EvaluationAnswer.of(score(overall), score(usefulness), comment);
        }

        private static @Nullable Integer score(@Nullable String value) {
            return value != null && value.strip().matches("[1-5]") ? Integer.valueOf(value.strip()) : null;
        }
    }
}
