package no.lokta.needs.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lokta.needs.survey.AnswerSheet;
import no.lokta.needs.survey.AnswerSubmitted;
import no.lokta.needs.survey.Invitation;
import no.lokta.needs.survey.InvitationExpired;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.needs.survey.SurveyNotFound;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answering a survey through a personal link, without an account: answers are saved as one goes
 * and may be resumed with the same link; after the submit the link shows a receipt. An unknown
 * link is 404, an expired one 410.
 */
@Controller
@RequestMapping("/needs/respond/{token}")
class RespondController {

    private final SurveyManagement surveys;
    private final MessageSource messages;

    RespondController(SurveyManagement surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Invitation invitation;
        try {
            invitation = surveys.invitation(token);
        } catch (SurveyNotFound e) {
            return gone(model, response, 404, "survey.respond.unknown");
        }
        if (invitation.submitted()) {
            return receipt(invitation, model);
        }
        if (invitation.expiredOn(surveys.today())) {
            return gone(model, response, 410, "survey.respond.expired");
        }
        return form(token, invitation, AnswerSheet.values(surveys.answers(invitation)), Map.of(), model);
    }

    @PostMapping
    String answer(
            @PathVariable String token,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Invitation invitation;
        try {
            invitation = surveys.invitation(token);
        } catch (SurveyNotFound e) {
            return gone(model, response, 404, "survey.respond.unknown");
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> form.put(k, Arrays.asList(v)));
        boolean submit = request.getParameter("submit") != null;
        try {
            if (submit) {
                List<FieldProblem> missing = surveys.submit(token, form);
                if (!missing.isEmpty()) {
                    return form(token, invitation, form, errors(missing, locale), model);
                }
                return "redirect:/needs/respond/" + token;
            }
            surveys.save(token, form);
            redirect.addFlashAttribute("saved", true);
            String section = request.getParameter("save");
            return "redirect:/needs/respond/" + token + (section == null ? "" : "#s-" + section);
        } catch (InvalidInput e) {
            return form(token, invitation, form, errors(e.errors(), locale), model);
        } catch (AnswerSubmitted e) {
            response.setStatus(409);
            model.addAttribute("refused", true);
            return receipt(surveys.invitation(token), model);
        } catch (InvitationExpired e) {
            return gone(model, response, 410, "survey.respond.expired");
        }
    }

    private String form(
            String token,
            Invitation invitation,
            Map<String, List<String>> values,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("survey", surveys.surveyFor(invitation));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "needs/survey/respond";
    }

    private String receipt(Invitation invitation, Model model) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("survey", surveys.surveyFor(invitation).summary());
        return "needs/survey/receipt";
    }

    private static String gone(Model model, HttpServletResponse response, int status, String messageKey) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reasonKey", messageKey);
        return "needs/survey/gone";
    }

    private Map<String, String> errors(List<FieldProblem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(), locale));
        }
        return errors;
    }
}
