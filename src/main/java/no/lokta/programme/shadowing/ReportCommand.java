package no.lokta.programme.shadowing;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/** The applicant's short report after the placement: what they learned, and what home can use. */
public record ReportCommand(String learned, String useAtHome) {

    public ReportCommand {
        learned = learned.strip();
        useAtHome = useAtHome.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (learned.isEmpty()) {
            problems.add(new FieldProblem("learned", "NotBlank"));
        } else if (learned.length() > ApplicationCommand.MAX_TEXT) {
            problems.add(new FieldProblem("learned", "form.tooLong", ApplicationCommand.MAX_TEXT));
        }
        if (useAtHome.length() > ApplicationCommand.MAX_TEXT) {
            problems.add(new FieldProblem("useAtHome", "form.tooLong", ApplicationCommand.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
