package no.lokta.needs.survey;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** A survey's title and the introduction respondents read first. */
public record SurveyCommand(String title, String introduction) {

    public SurveyCommand {
        title = title.strip();
        introduction = introduction.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "NotBlank"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "form.tooLong", 200));
        }
        if (introduction.length() > 4000) {
            problems.add(new FieldProblem("introduction", "form.tooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
