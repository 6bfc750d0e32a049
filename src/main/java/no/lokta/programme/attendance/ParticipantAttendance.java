package no.lokta.programme.attendance;

import java.util.UUID;
import no.lokta.programme.RegistrationStatus;

/** One registration's attendance over the activity's sessions. */
public record ParticipantAttendance(
        UUID registrationId, String name, String email, RegistrationStatus status, int present, int noShows) {

    public boolean attended() {
        return present > 0;
    }
}
