package no.lokta.needs.survey.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.lokta.needs.survey.QuestionKind;
import no.lokta.needs.survey.Survey;
import no.lokta.needs.survey.SurveyFrozen;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.needs.survey.SurveySummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's surveys: the list, the builder (survey, sections, questions), the preview as a
 * respondent sees it, publishing and copying.
 */
@Controller
@RequestMapping("/needs/surveys")
class SurveyController {

    private static final String BASE = "/needs/surveys/";

    private final SurveyManagement surveys;
    private final Tenancy tenancy;
    private final MessageSource messages;

    SurveyController(SurveyManagement surveys, Tenancy tenancy, MessageSource messages) {
        this.surveys = surveys;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("surveys", surveys.surveys(coordinator()));
        return "needs/survey/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("surveyForm", SurveyForm.empty());
        return "needs/survey/survey-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("surveyForm") SurveyForm form, BindingResult result, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        if (!result.hasErrors()) {
            try {
                SurveySummary created = surveys.create(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + BASE + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return "needs/survey/survey-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("sendForm", SendForm.initial(surveys.today()));
        return show(collaborationId, id, model);
    }

    private String show(UUID collaborationId, UUID id, Model model) {
        Survey survey = surveys.survey(collaborationId, id);
        model.addAttribute("survey", survey);
        if (!survey.summary().editable()) {
            model.addAttribute("progress", surveys.progress(collaborationId, id));
        }
        return "needs/survey/show";
    }

    @PostMapping("/{id}/send")
    String send(
            @PathVariable UUID id,
            @Valid @ModelAttribute("sendForm") SendForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        if (surveys.summary(collaborationId, id).editable()) {
            redirect.addFlashAttribute("problem", "survey.send.notPublished");
            return "redirect:" + BASE + id;
        }
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("sent", surveys.send(collaborationId, id, form.toCommand()));
                return "redirect:" + BASE + id + "#progress-heading";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return show(collaborationId, id, model);
    }

    @PostMapping("/{id}/remind")
    String remind(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            redirect.addFlashAttribute("reminded", surveys.remind(collaborationId, id));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", "survey.send.notPublished");
            return "redirect:" + BASE + id;
        }
        return "redirect:" + BASE + id + "#remind-heading";
    }

    @GetMapping("/{id}/preview")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("survey", surveys.survey(coordinator(), id));
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "needs/survey/preview";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        SurveySummary survey = editable(coordinator(), id);
        model.addAttribute("survey", survey);
        model.addAttribute("surveyForm", SurveyForm.from(survey));
        return "needs/survey/survey-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("surveyForm") SurveyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary survey = editable(collaborationId, id);
        if (!result.hasErrors()) {
            try {
                surveys.update(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + BASE + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("survey", survey);
        return "needs/survey/survey-form";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            surveys.publish(coordinator(), id);
            redirect.addFlashAttribute("published", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.errors().getFirst().messageKey());
        }
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary original = surveys.summary(collaborationId, id);
        String title = messages.getMessage("survey.copy.titleOf", new Object[] {original.title()}, locale);
        SurveySummary copy = surveys.copy(collaborationId, id, title.length() > 200 ? title.substring(0, 200) : title);
        redirect.addFlashAttribute("copied", true);
        return "redirect:" + BASE + copy.id();
    }

    // --- sections

    @GetMapping("/{id}/sections/new")
    String newSection(@PathVariable UUID id, Model model) {
        model.addAttribute("survey", editable(coordinator(), id));
        model.addAttribute("sectionForm", SectionForm.empty());
        return "needs/survey/section-form";
    }

    @PostMapping("/{id}/sections")
    String createSection(
            @PathVariable UUID id,
            @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary survey = editable(collaborationId, id);
        return saveOrShow(
                id,
                result,
                redirect,
                () -> "#section-" + surveys.addSection(collaborationId, id, form.toCommand()),
                () -> sectionPage(model, survey, null));
    }

    @GetMapping("/{id}/sections/{sectionId}/edit")
    String editSection(@PathVariable UUID id, @PathVariable UUID sectionId, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("survey", editable(collaborationId, id));
        Survey.Section section = surveys.section(collaborationId, id, sectionId);
        model.addAttribute("section", section);
        model.addAttribute("sectionForm", SectionForm.from(section));
        return "needs/survey/section-form";
    }

    @PostMapping("/{id}/sections/{sectionId}")
    String updateSection(
            @PathVariable UUID id,
            @PathVariable UUID sectionId,
            @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary survey = editable(collaborationId, id);
        Survey.Section section = surveys.section(collaborationId, id, sectionId);
        return saveOrShow(
                id,
                result,
                redirect,
                () -> {
                    surveys.updateSection(collaborationId, id, sectionId, form.toCommand());
                    return "#section-" + sectionId;
                },
                () -> sectionPage(model, survey, section));
    }

    @PostMapping("/{id}/sections/{sectionId}/delete")
    String deleteSection(@PathVariable UUID id, @PathVariable UUID sectionId, RedirectAttributes redirect) {
        surveys.deleteSection(coordinator(), id, sectionId);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id}/sections/{sectionId}/move")
    String moveSection(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestParam boolean up) {
        surveys.moveSection(coordinator(), id, sectionId, up);
        return "redirect:" + BASE + id + "#section-" + sectionId;
    }

    // --- questions

    @GetMapping("/{id}/sections/{sectionId}/questions/new")
    String newQuestion(@PathVariable UUID id, @PathVariable UUID sectionId, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("survey", editable(collaborationId, id));
        model.addAttribute("section", surveys.section(collaborationId, id, sectionId));
        model.addAttribute("questionForm", QuestionForm.empty());
        kinds(model);
        return "needs/survey/question-form";
    }

    @PostMapping("/{id}/sections/{sectionId}/questions")
    String createQuestion(
            @PathVariable UUID id,
            @PathVariable UUID sectionId,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary survey = editable(collaborationId, id);
        Survey.Section section = surveys.section(collaborationId, id, sectionId);
        return saveOrShow(
                id,
                result,
                redirect,
                () -> "#question-" + surveys.addQuestion(collaborationId, id, sectionId, form.toCommand()),
                () -> questionPage(model, survey, section, null));
    }

    @GetMapping("/{id}/questions/{questionId}/edit")
    String editQuestion(@PathVariable UUID id, @PathVariable UUID questionId, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("survey", editable(collaborationId, id));
        Survey.Question question = surveys.question(collaborationId, id, questionId);
        model.addAttribute("question", question);
        model.addAttribute("section", surveys.section(collaborationId, id, question.sectionId()));
        model.addAttribute("questionForm", QuestionForm.from(question));
        kinds(model);
        return "needs/survey/question-form";
    }

    @PostMapping("/{id}/questions/{questionId}")
    String updateQuestion(
            @PathVariable UUID id,
            @PathVariable UUID questionId,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        SurveySummary survey = editable(collaborationId, id);
        Survey.Question question = surveys.question(collaborationId, id, questionId);
        return saveOrShow(
                id,
                result,
                redirect,
                () -> {
                    surveys.updateQuestion(collaborationId, id, questionId, form.toCommand());
                    return "#question-" + questionId;
                },
                () -> questionPage(
                        model, survey, surveys.section(collaborationId, id, question.sectionId()), question));
    }

    @PostMapping("/{id}/questions/{questionId}/delete")
    String deleteQuestion(@PathVariable UUID id, @PathVariable UUID questionId, RedirectAttributes redirect) {
        surveys.deleteQuestion(coordinator(), id, questionId);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id}/questions/{questionId}/move")
    String moveQuestion(@PathVariable UUID id, @PathVariable UUID questionId, @RequestParam boolean up) {
        surveys.moveQuestion(coordinator(), id, questionId, up);
        return "redirect:" + BASE + id + "#question-" + questionId;
    }

    /**
     * Saves a builder form and returns to the survey at the anchor the save gives; on a problem,
     * shows the form again with the messages at their fields.
     */
    private static String saveOrShow(
            UUID surveyId,
            BindingResult result,
            RedirectAttributes redirect,
            java.util.function.Supplier<String> save,
            java.util.function.Supplier<String> again) {
        if (!result.hasErrors()) {
            try {
                String anchor = save.get();
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + BASE + surveyId + anchor;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return again.get();
    }

    private static String sectionPage(Model model, SurveySummary survey, Survey.@Nullable Section section) {
        model.addAttribute("survey", survey);
        if (section != null) {
            model.addAttribute("section", section);
        }
        return "needs/survey/section-form";
    }

    private static String questionPage(
            Model model, SurveySummary survey, Survey.Section section, Survey.@Nullable Question question) {
        model.addAttribute("survey", survey);
        model.addAttribute("section", section);
        if (question != null) {
            model.addAttribute("question", question);
        }
        kinds(model);
        return "needs/survey/question-form";
    }

    /** The survey, if a draft: a published one is frozen and its edit pages refused. */
    private SurveySummary editable(UUID collaborationId, UUID id) {
        SurveySummary survey = surveys.summary(collaborationId, id);
        if (!survey.editable()) {
            throw new SurveyFrozen();
        }
        return survey;
    }

    private static void kinds(Model model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(QuestionKind.values()).forEach(k -> kinds.put(k.name(), k.messageKey()));
        model.addAttribute("kinds", kinds);
    }
}
