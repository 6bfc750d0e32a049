package no.lokta.knowledge.forum;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A member of a forum, in a group of seats, for a period. */
public record MemberCommand(
        UUID groupId,
        String name,
        @Nullable UUID organisationId,
        String title,
        String email,
        LocalDate fromDate,
        @Nullable LocalDate toDate) {

    public MemberCommand {
        name = name.strip();
        title = title.strip();
        email = email.strip();
        new FieldProblems()
                .required("name", name, 200)
                .longest("title", title, 200)
                .longest("email", email, 254)
                .when(!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "form.email.invalid")
                .when(toDate != null && toDate.isBefore(fromDate), "toDate", "forum.member.period.order")
                .throwIfAny();
    }
}
