package no.lokta.knowledge.forum;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A meeting as a calendar file (RFC 5545), for the agenda mail and for download. */
@Component
public class MeetingIcs {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final String baseUrl;

    MeetingIcs(@Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    URI address(MeetingSummary m) {
        return URI.create(baseUrl + "/knowledge/fora/" + m.forumId() + "/meetings/" + m.id());
    }

    public byte[] bytes(MeetingSummary m) {
        return bytes(List.of(m));
    }

    /** All the given meetings in one calendar: a forum's meetings for a calendar program to import. */
    public byte[] bytes(List<MeetingSummary> meetings) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Løkta//Fora//NO"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        meetings.forEach(m -> calendar.add(event(m)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(MeetingSummary m) {
        VEvent event = new VEvent(
                m.startsAt().atZone(ForumManagement.ZONE).toInstant(),
                m.endsAt().atZone(ForumManagement.ZONE).toInstant(),
                m.forumName() + ": " + m.title());
        event.add(new Uid("meeting-" + m.id() + "@lokta.no"));
        event.add(new Url(address(m)));
        if (!m.place().isBlank()) {
            event.add(new Location(m.place()));
        }
        if (!m.agenda().isBlank()) {
            event.add(new Description(m.agenda()));
        }
        return event;
    }
}
