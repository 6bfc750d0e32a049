package no.lokta.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** What is stored about a network; checked here whether it comes from a form or the API. */
public record NetworkCommand(
        String name, String theme, String description, NetworkStatus status, List<UUID> coordinatorIds) {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;

    public NetworkCommand {
        name = name.strip();
        theme = theme.strip();
        description = description.strip();
        coordinatorIds = List.copyOf(new LinkedHashSet<>(coordinatorIds));
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "form.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "form.tooLong", MAX_NAME));
        }
        if (theme.length() > MAX_NAME) {
            problems.add(new FieldProblem("theme", "form.tooLong", MAX_NAME));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "form.tooLong", MAX_DESCRIPTION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
