package no.lokta.programme.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.network.NetworkManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeFilter;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.MyActivity;
import no.lokta.programme.attendance.Secrets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds to subscribe to: an activity's, a network's (both public, published activities
 * only) and a person's own, behind a secret address of which only the SHA-256 is kept.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** The most activities a network's feed carries: what is coming, soonest first. */
    static final int NETWORK_LIMIT = 500;

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final ProgrammeManagement programme;
    private final AttendanceManagement attendance;
    private final NetworkManagement networks;
    private final PeopleManagement people;
    private final FeedSecrets secrets;
    private final Ics ics;
    private final MessageSource messages;

    CalendarFeeds(
            ProgrammeManagement programme,
            AttendanceManagement attendance,
            NetworkManagement networks,
            PeopleManagement people,
            FeedSecrets secrets,
            Ics ics,
            MessageSource messages) {
        this.programme = programme;
        this.attendance = attendance;
        this.networks = networks;
        this.people = people;
        this.secrets = secrets;
        this.ics = ics;
        this.messages = messages;
    }

    public byte[] activity(UUID activityId) {
        ActivitySummary activity = programme.publicActivity(activityId);
        if (activity.status() != ActivityStatus.PUBLISHED) {
            throw new ActivityNotFound();
        }
        return ics.bytes(activity);
    }

    public byte[] network(UUID networkId) {
        UUID collaborationId = secrets.collaborationOfNetwork(networkId).orElseThrow(FeedNotFound::new);
        String name = networks.network(collaborationId, networkId).name();
        List<ActivitySummary> activities = programme
                .programme(new ProgrammeFilter(collaborationId, networkId, null, null, null, null, 0, NETWORK_LIMIT))
                .activities();
        return ics.bytes(name, activities);
    }

    /** The person's active registrations (confirmed, awaiting approval or waiting). */
    public byte[] personal(String secret) {
        if (!Secrets.plausible(secret)) {
            throw new FeedNotFound();
        }
        UUID accountId = secrets.owner(Secrets.sha256(secret)).orElseThrow(FeedNotFound::new);
        String email = people.account(accountId).email();
        List<ActivitySummary> activities = attendance.mine(accountId, email).stream()
                .filter(m -> m.registration().status().active())
                .map(MyActivity::activity)
                .filter(a -> a.status() != ActivityStatus.DRAFT)
                .toList();
        return ics.bytes(messages.getMessage("calendar.personal.name", null, NORWEGIAN), activities);
    }

    /** When the person's current address was made, if they have one. */
    public Optional<LocalDateTime> addressMade(UUID accountId) {
        return secrets.createdAt(accountId);
    }

    /** Makes a new address for the person; the old one stops working. Returns the secret. */
    @Transactional
    public String newAddress(UUID accountId) {
        String secret = Secrets.newSecret();
        secrets.replace(accountId, Secrets.sha256(secret), programme.now());
        return secret;
    }
}
