package no.lokta.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;

/**
 * One site of a session that gathers at several places at once, joined by video: where people
 * meet, and the local facilitator who receives them.
 */
public record SiteCommand(String place, String facilitatorName, String facilitatorEmail) {

    public SiteCommand {
        place = place.strip();
        facilitatorName = facilitatorName.strip();
        facilitatorEmail = facilitatorEmail.strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (place.isEmpty()) {
            problems.add(new FieldProblem("place", "site.place.required"));
        } else if (place.length() > 200) {
            problems.add(new FieldProblem("place", "form.tooLong", 200));
        }
        if (facilitatorName.isEmpty()) {
            problems.add(new FieldProblem("facilitatorName", "site.facilitatorName.required"));
        } else if (facilitatorName.length() > 200) {
            problems.add(new FieldProblem("facilitatorName", "form.tooLong", 200));
        }
        if (!facilitatorEmail.isEmpty()
                && (facilitatorEmail.length() > 320 || !facilitatorEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem("facilitatorEmail", "form.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
