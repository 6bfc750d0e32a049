package no.lokta.programme.attendance;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.SessionCommand;

/** A published course of two sessions (6 certificate hours) with people registered, for tests. */
public record Course(ActivitySummary activity, List<RegistrationSummary> registrations) {

    public UUID id() {
        return activity.id();
    }

    public UUID session(int index) {
        return activity.sessions().get(index).id();
    }

    public RegistrationSummary registration(int index) {
        return registrations.get(index);
    }

    /** The course with the world's participant first, then the named guests, in a seat each. */
    public static Course of(ProgrammeManagement programme, TestWorld.World world, String title, String... guests) {
        ActivitySummary activity = programme.createActivity(
                world.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        title,
                        "Om kurset",
                        Audience.EMPLOYEES,
                        List.of(
                                new SessionCommand(
                                        LocalDateTime.of(2030, 5, 2, 9, 0),
                                        LocalDateTime.of(2030, 5, 2, 12, 0),
                                        "Bardu",
                                        ""),
                                new SessionCommand(
                                        LocalDateTime.of(2030, 5, 9, 9, 0),
                                        LocalDateTime.of(2030, 5, 9, 12, 0),
                                        "Bardu",
                                        "")),
                        10,
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        BigDecimal.valueOf(6),
                        "",
                        ActivityStatus.PUBLISHED));
        var participant = world.participant();
        RegistrationSummary first = programme.register(new RegistrationCommand(
                activity.id(), participant.accountId(), participant.displayName(), participant.email(), null));
        List<RegistrationSummary> all = new java.util.ArrayList<>(List.of(first));
        for (String guest : guests) {
            String email = guest.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                    + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            all.add(programme.register(new RegistrationCommand(activity.id(), null, guest, email, null)));
        }
        return new Course(programme.activity(world.id(), activity.id()), List.copyOf(all));
    }
}
