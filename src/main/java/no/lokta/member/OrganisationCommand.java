package no.lokta.member;

import java.util.ArrayList;
import java.util.List;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What is stored about an organisation; checked here whether it comes from a form or the API. */
public record OrganisationCommand(
        OrganisationKind kind,
        String name,
        @Nullable String municipalityNumber,
        @Nullable String organisationNumber,
        String email,
        String phone,
        String website) {

    public OrganisationCommand {
        name = name.strip();
        municipalityNumber = blankToNull(municipalityNumber);
        organisationNumber = blankToNull(organisationNumber);
        if (organisationNumber != null) {
            organisationNumber = organisationNumber.replace(" ", "");
        }
        email = email.strip();
        phone = phone.strip();
        website = website.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "form.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "form.tooLong", 200));
        }
        if (kind == OrganisationKind.MUNICIPALITY && municipalityNumber == null) {
            problems.add(new FieldProblem("municipalityNumber", "organisation.municipalityNumber.required"));
        }
        if (municipalityNumber != null && !municipalityNumber.matches("\\d{4}")) {
            problems.add(new FieldProblem("municipalityNumber", "organisation.municipalityNumber.invalid"));
        }
        if (municipalityNumber != null && kind != OrganisationKind.MUNICIPALITY) {
            problems.add(new FieldProblem("municipalityNumber", "organisation.municipalityNumber.onlyMunicipality"));
        }
        if (organisationNumber != null && !OrganisationNumber.isValid(organisationNumber)) {
            problems.add(new FieldProblem("organisationNumber", "organisation.organisationNumber.invalid"));
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "form.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
