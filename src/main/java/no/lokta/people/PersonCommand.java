package no.lokta.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A person to add to a collaboration with a role; a municipality contact speaks for an organisation. */
public record PersonCommand(
        String name, String email, Role role, @Nullable UUID organisationId) {

    public PersonCommand {
        name = name.strip();
        email = email.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "form.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "form.tooLong", 200));
        }
        if (!PeopleManagement.looksLikeEmail(email)) {
            problems.add(new FieldProblem("email", "form.email.invalid"));
        }
        if (role == Role.MUNICIPALITY_CONTACT && organisationId == null) {
            problems.add(new FieldProblem("organisationId", "account.contact.organisationRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
