package no.lokta.needs.survey.web;

import java.util.UUID;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Evaluations of programme activities on the survey engine: the template, and an activity's results. */
@Controller
class EvaluationSurveyController {

    private final SurveyManagement surveys;
    private final Tenancy tenancy;

    EvaluationSurveyController(SurveyManagement surveys, Tenancy tenancy) {
        this.surveys = surveys;
        this.tenancy = tenancy;
    }

    /** The collaboration's evaluation template, made with the standard questions the first time. */
    @PostMapping("/needs/surveys/evaluation-template")
    String template() {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        return "redirect:/needs/surveys/"
                + surveys.evaluationTemplate(collaborationId).id();
    }

    /** The results of an activity's evaluation, once it has been sent. */
    @GetMapping("/needs/evaluations/{activityId}")
    String results(@PathVariable UUID activityId, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        return surveys.evaluationOf(collaborationId, activityId)
                .map(s -> "redirect:/needs/surveys/" + s.id() + "/results")
                .orElseGet(() -> {
                    model.addAttribute("activityId", activityId);
                    return "needs/survey/no-evaluation";
                });
    }
}
