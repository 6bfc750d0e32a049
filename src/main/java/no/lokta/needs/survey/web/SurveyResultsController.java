package no.lokta.needs.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.needs.survey.Grouping;
import no.lokta.needs.survey.Survey;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.needs.survey.SurveyResults;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A survey's results for the coordinator: per question with a chart and a table, split by
 * municipality or by a single-choice question, free texts listed, CSV and XLSX files, and the
 * anonymity threshold.
 */
@Controller
@RequestMapping("/needs/surveys/{id}/results")
class SurveyResultsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SurveyManagement surveys;
    private final ResultFiles files;
    private final Tenancy tenancy;

    SurveyResultsController(SurveyManagement surveys, ResultFiles files, Tenancy tenancy) {
        this.surveys = surveys;
        this.files = files;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String by, Model model) {
        UUID collaborationId = coordinator();
        Survey survey = surveys.survey(collaborationId, id);
        Optional<SurveyResults> asked = results(collaborationId, id, by, SurveyManagement.TEXTS_ON_PAGE);
        if (asked.isEmpty()) {
            model.addAttribute("byProblem", "survey.results.by.unknown");
        }
        SurveyResults results = asked.orElseGet(
                () -> surveys.results(collaborationId, id, Grouping.NONE, SurveyManagement.TEXTS_ON_PAGE));
        model.addAttribute("results", results);
        model.addAttribute("charts", ResultCharts.of(results));
        model.addAttribute("groupingQuestions", surveys.groupingQuestions(survey));
        model.addAttribute("by", results.grouping().param());
        if (!model.containsAttribute("thresholdValue")) {
            model.addAttribute("thresholdValue", String.valueOf(results.threshold()));
        }
        return "needs/survey/results";
    }

    /** The results split as asked; empty if the split is not one the survey offers. */
    private Optional<SurveyResults> results(UUID collaborationId, UUID id, @Nullable String by, int texts) {
        Optional<Grouping> grouping = Grouping.parse(by);
        if (grouping.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(surveys.results(collaborationId, id, grouping.get(), texts));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    @PostMapping("/threshold")
    String threshold(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String threshold,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            int value = Integer.parseInt(threshold == null ? "" : threshold.strip());
            surveys.setThreshold(collaborationId, id, value);
            redirect.addFlashAttribute("thresholdSaved", true);
            return "redirect:/needs/surveys/" + id + "/results";
        } catch (NumberFormatException | InvalidInput e) {
            model.addAttribute("thresholdProblem", "survey.results.threshold.range");
            model.addAttribute("thresholdValue", threshold == null ? "" : threshold);
            return show(id, null, model);
        }
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String by, Locale locale) {
        SurveyResults r = fileResults(id, by);
        return download(files.csv(r, locale), CSV, fileName(r) + ".csv");
    }

    @GetMapping(value = "/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String by, Locale locale) {
        SurveyResults r = fileResults(id, by);
        return download(files.xlsx(r, locale), XLSX, fileName(r) + ".xlsx");
    }

    private SurveyResults fileResults(UUID id, @Nullable String by) {
        UUID collaborationId = coordinator();
        return results(collaborationId, id, by, Integer.MAX_VALUE)
                .orElseGet(() -> surveys.results(collaborationId, id, Grouping.NONE, Integer.MAX_VALUE));
    }

    /** The survey's title in letters, digits and hyphens, so that every system takes the name. */
    private static String fileName(SurveyResults r) {
        String name = java.text.Normalizer.normalize(r.survey().title(), java.text.Normalizer.Form.NFKD)
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "")
                .toLowerCase(Locale.ROOT);
        return (name.isEmpty() ? "kartlegging" : name.length() > 60 ? name.substring(0, 60) : name) + "-resultater";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
