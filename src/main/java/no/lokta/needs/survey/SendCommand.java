package no.lokta.needs.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/**
 * Whom a published survey goes to: the members' kommunekontakter, and any e-mail addresses chosen,
 * each with a personal link that works until the end of the given day.
 */
public record SendCommand(boolean contacts, List<String> emails, LocalDate expiresOn) {

    public static final int MAX_EMAILS = 500;

    public SendCommand {
        emails = emails.stream()
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty())
                .distinct()
                .toList();
        List<FieldProblem> problems = new ArrayList<>();
        if (!contacts && emails.isEmpty()) {
            problems.add(new FieldProblem("emails", "survey.send.nobody"));
        }
        if (emails.size() > MAX_EMAILS) {
            problems.add(new FieldProblem("emails", "survey.question.options.tooMany", MAX_EMAILS));
        }
        emails.stream()
                .filter(e -> e.length() > 320 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                .findFirst()
                .ifPresent(e -> problems.add(new FieldProblem("emails", "survey.send.badEmail", e)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
