package no.lokta.project.fund;

import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** The coordinator's assessment of an application, with a score from 1 to 5 if one is given. */
public record AssessmentCommand(String assessment, @Nullable Integer score) {

    public AssessmentCommand {
        assessment = assessment.strip();
        new FieldProblems()
                .required("assessment", assessment, CallCommand.MAX_TEXT)
                .when(score != null && (score < 1 || score > 5), "score", "fund.score.range")
                .throwIfAny();
    }
}
