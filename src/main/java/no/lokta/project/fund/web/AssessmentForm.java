package no.lokta.project.fund.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.AssessmentCommand;
import no.lokta.project.fund.CallCommand;
import org.jspecify.annotations.Nullable;

/** The coordinator's assessment form; the score is optional. */
record AssessmentForm(
        @NotBlank @Size(max = CallCommand.MAX_TEXT) @Nullable
        String assessment,

        @Min(1) @Max(5) @Nullable Integer score) {

    static AssessmentForm from(ApplicationSummary a) {
        return new AssessmentForm(a.assessment(), a.score());
    }

    AssessmentCommand toCommand() {
        return new AssessmentCommand(CallForm.text(assessment), score);
    }
}
