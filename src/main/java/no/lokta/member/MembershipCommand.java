package no.lokta.member;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A membership period, both ends inclusive. */
public record MembershipCommand(
        UUID organisationId,
        MembershipKind kind,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String note) {

    public MembershipCommand {
        note = note.strip();
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInput("validTo", "membership.endBeforeStart");
        }
    }
}
