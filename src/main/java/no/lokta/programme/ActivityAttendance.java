package no.lokta.programme;

import java.util.Map;
import java.util.UUID;

/**
 * Who came to an activity: the distinct people present at one session or more, and those holding a
 * confirmed seat (or present), in total and per organisation they registered for. People registered
 * without an organisation count in the totals only.
 */
public record ActivityAttendance(
        UUID activityId,
        String title,
        ActivityStatus status,
        int attended,
        int registered,
        Map<UUID, Integer> attendedByOrganisation,
        Map<UUID, Integer> registeredByOrganisation) {

    public ActivityAttendance {
        attendedByOrganisation = Map.copyOf(attendedByOrganisation);
        registeredByOrganisation = Map.copyOf(registeredByOrganisation);
    }

    /** Those of the organisation who attended. */
    public int attendedFrom(UUID organisationId) {
        return attendedByOrganisation.getOrDefault(organisationId, 0);
    }

    /** Those of the organisation who were registered. */
    public int registeredFrom(UUID organisationId) {
        return registeredByOrganisation.getOrDefault(organisationId, 0);
    }
}
