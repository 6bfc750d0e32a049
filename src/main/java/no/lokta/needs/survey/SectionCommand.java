package no.lokta.needs.survey;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** A section of a survey: a heading and an optional text under it. */
public record SectionCommand(String title, String description) {

    public SectionCommand {
        title = title.strip();
        description = description.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "NotBlank"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "form.tooLong", 200));
        }
        if (description.length() > 2000) {
            problems.add(new FieldProblem("description", "form.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
