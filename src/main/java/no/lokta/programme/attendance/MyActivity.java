package no.lokta.programme.attendance;

import no.lokta.programme.ActivitySummary;
import no.lokta.programme.RegistrationSummary;

/** One of a person's registrations with their attendance: a line of "mine aktiviteter". */
public record MyActivity(ActivitySummary activity, RegistrationSummary registration, int present, int noShows) {

    /** A certificate is given to anyone who attended at least one session. */
    public boolean certificate() {
        return present > 0;
    }
}
