package no.lokta.member;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** Name, owner body and description of a collaboration. */
public record CollaborationCommand(String name, String ownerBody, String description) {

    public CollaborationCommand {
        name = name.strip();
        ownerBody = ownerBody.strip();
        description = description.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "form.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "form.tooLong", 200));
        }
        if (description.length() > 4000) {
            problems.add(new FieldProblem("description", "form.tooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
