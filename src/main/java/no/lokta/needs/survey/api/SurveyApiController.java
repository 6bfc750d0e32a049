package no.lokta.needs.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.survey.Grouping;
import no.lokta.needs.survey.Survey;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.needs.survey.SurveyResults;
import no.lokta.needs.survey.SurveySummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current collaboration's surveys as JSON, for its coordinators. Another collaboration's survey
 * is 404, a caller without the coordinator role gets 403.
 */
@RestController
@RequestMapping(path = "/api/v1/surveys", produces = "application/json")
@Tag(name = "Surveys", description = "Surveys to the members (kartlegging) and their structure")
@SecurityRequirement(name = "bearer")
class SurveyApiController {

    private final SurveyManagement surveys;
    private final Tenancy tenancy;

    SurveyApiController(SurveyManagement surveys, Tenancy tenancy) {
        this.surveys = surveys;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(summary = "All surveys of the current collaboration, drafts included, latest first")
    List<SurveySummary> list() {
        return surveys.surveys(tenancy.require(Role.COORDINATOR).collaborationId());
    }

    @GetMapping("/{id}/results")
    @Operation(
            summary = "The survey's submitted answers aggregated per question, line and group",
            description = "by: empty (no split), 'municipality', or the id of a single-choice question. Groups"
                    + " with fewer responses than the survey's anonymity threshold are marked hidden and hold no"
                    + " figures; if the whole survey has too few, no question figures are given. Line keys: a"
                    + " choice's key, a score 1-5, a matrix cell 'rowKey/columnKey', empty for a number; group"
                    + " key empty for the total.")
    SurveyResults results(@PathVariable UUID id, @RequestParam(required = false) @Nullable String by) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        Grouping grouping = Grouping.parse(by).orElseThrow(() -> new InvalidInput("by", "survey.results.by.unknown"));
        return surveys.results(collaborationId, id, grouping, Integer.MAX_VALUE);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey with its sections and questions in order, with the keys answers refer to")
    Survey show(@PathVariable UUID id) {
        return surveys.survey(tenancy.require(Role.COORDINATOR).collaborationId(), id);
    }
}
