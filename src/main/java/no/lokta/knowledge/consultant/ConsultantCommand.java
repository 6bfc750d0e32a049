package no.lokta.knowledge.consultant;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A practice consultant: who, which profession, placed where, at what position, for which period. */
public record ConsultantCommand(
        String name,
        Profession profession,
        UUID hospitalTrustId,
        String department,
        int positionPercent,
        boolean coordinator,
        boolean leader,
        LocalDate fromDate,
        @Nullable LocalDate toDate) {

    public ConsultantCommand {
        name = name.strip();
        department = department.strip();
        new FieldProblems()
                .required("name", name, 200)
                .longest("department", department, 200)
                .when(positionPercent < 1 || positionPercent > 100, "positionPercent", "consultant.position.range")
                .when(toDate != null && toDate.isBefore(fromDate), "toDate", "consultant.period.order")
                .throwIfAny();
    }
}
