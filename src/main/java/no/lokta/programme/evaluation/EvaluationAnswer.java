package no.lokta.programme.evaluation;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;

/** An answer: two scores from 1 to 5 and an optional comment of at most 2000 characters. */
public record EvaluationAnswer(int overall, int usefulness, String comment) {

    public static final int MAX_COMMENT = 2000;

    public EvaluationAnswer {
        comment = comment.strip();
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (overall < 1 || overall > 5) {
            problems.add(new InvalidInput.FieldProblem("overall", "evaluation.score.range"));
        }
        if (usefulness < 1 || usefulness > 5) {
            problems.add(new InvalidInput.FieldProblem("usefulness", "evaluation.score.range"));
        }
        if (comment.length() > MAX_COMMENT) {
            problems.add(new InvalidInput.FieldProblem(
                    "comment", "evaluation.comment.tooLong", String.valueOf(MAX_COMMENT)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** From a form where a score may be missing: a missing one is out of range. */
    public static EvaluationAnswer of(
            @Nullable Integer overall, @Nullable Integer usefulness, @Nullable String comment) {
        return new EvaluationAnswer(
                overall == null ? 0 : overall, usefulness == null ? 0 : usefulness, comment == null ? "" : comment);
    }
}
