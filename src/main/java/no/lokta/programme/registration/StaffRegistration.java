package no.lokta.programme.registration;

import java.time.LocalDateTime;
import java.util.UUID;
import no.lokta.programme.RegistrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A registration of a person from the organisation, as "Min kommune" lists it: with the activity's
 * title and first start, and the place on the waitlist (0 when not waiting).
 */
public record StaffRegistration(
        UUID id,
        UUID activityId,
        String activityTitle,
        @Nullable LocalDateTime startsAt,
        String name,
        String email,
        RegistrationStatus status,
        int waitlistPosition) {

    public boolean awaitingApproval() {
        return status == RegistrationStatus.AWAITING_APPROVAL;
    }
}
