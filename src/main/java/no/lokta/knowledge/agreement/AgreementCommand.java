package no.lokta.knowledge.agreement;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;

/**
 * An agreement as the coordinator enters it: a title, the hospital trust, one or more
 * municipalities, and how many days before a revision is due the coordinators are reminded.
 */
public record AgreementCommand(String title, UUID hospitalTrustId, Set<UUID> municipalityIds, int remindDays) {

    public static final int MAX_TITLE = 200;
    public static final int DEFAULT_REMIND_DAYS = 60;
    public static final int MAX_REMIND_DAYS = 365;

    public AgreementCommand {
        title = title.strip();
        municipalityIds = Collections.unmodifiableSet(new LinkedHashSet<>(municipalityIds));
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .when(municipalityIds.isEmpty(), "municipalityIds", "agreement.municipalities.required")
                .when(
                        remindDays < 0 || remindDays > MAX_REMIND_DAYS,
                        "remindDays",
                        "agreement.remindDays.range",
                        MAX_REMIND_DAYS)
                .throwIfAny();
    }
}
