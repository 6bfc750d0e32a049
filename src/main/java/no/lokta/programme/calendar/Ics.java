package no.lokta.programme.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionSummary;
import no.lokta.programme.SiteSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes activities as an RFC 5545 calendar: one event per session. Times are written in UTC
 * (converted from Norwegian local time), so the file needs no VTIMEZONE and every calendar
 * program shows the right local time. The UID is the session's id, so a later file (a changed or
 * cancelled activity) replaces the event in the reader's calendar instead of adding a second.
 */
@Component
public class Ics {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final URI baseUrl;

    public Ics(@Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** The public page of an activity. */
    public URI activityAddress(UUID activityId) {
        return baseUrl.resolve("programme/activities/" + activityId);
    }

    /** The calendar as text (CRLF line ends, long lines folded). */
    public String write(String calendarName, List<ActivitySummary> activities) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Løkta//Programme//NO"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new Name(calendarName))
                // the name most calendar programs read (RFC 7986 NAME is still new to many)
                .add(new XProperty("X-WR-CALNAME", calendarName));
        for (ActivitySummary activity : activities) {
            for (SessionSummary session : activity.sessions()) {
                calendar.add(event(activity, session));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The calendar as UTF-8 bytes, for an attachment or a download. */
    public byte[] bytes(String calendarName, List<ActivitySummary> activities) {
        return write(calendarName, activities).getBytes(StandardCharsets.UTF_8);
    }

    /** One activity as a calendar named after it. */
    public byte[] bytes(ActivitySummary activity) {
        return bytes(activity.title(), List.of(activity));
    }

    private VEvent event(ActivitySummary activity, SessionSummary session) {
        URI address = activityAddress(activity.id());
        VEvent event = new VEvent(
                session.startsAt().atZone(ProgrammeManagement.ZONE).toInstant(),
                session.endsAt().atZone(ProgrammeManagement.ZONE).toInstant(),
                activity.title());
        event.add(new Uid(session.id() + "@lokta.no"));
        event.add(new Url(address));
        String place = session.place().isBlank()
                ? String.join(
                        "; ", session.sites().stream().map(SiteSummary::place).toList())
                : session.place();
        if (!place.isBlank()) {
            event.add(new Location(place));
        }
        event.add(new Description(description(activity, session, address)));
        if (activity.status() == ActivityStatus.CANCELLED) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
            // a higher sequence makes calendar programs apply the cancellation to the event they have
            event.add(new Sequence(1));
        } else {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Sequence(0));
        }
        return event;
    }

    private static String description(ActivitySummary activity, SessionSummary session, URI address) {
        List<String> parts = new ArrayList<>();
        if (!activity.description().isBlank()) {
            parts.add(activity.description().strip());
        }
        if (!session.videoLink().isBlank()) {
            parts.add(session.videoLink().strip());
        }
        parts.add(address.toString());
        return String.join("\n\n", parts);
    }
}
