package no.lokta.project.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes deadlines as an RFC 5545 calendar in Norwegian: one all-day event on each deadline's day,
 * and one yearly recurring event (RRULE) for each year-wheel duty, starting in the year it was
 * entered. The UID is the deadline's own id with its kind, so a later file replaces the event in
 * the reader's calendar instead of adding a second.
 */
@Component
class DeadlineIcs {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final URI baseUrl;
    private final MessageSource messages;

    DeadlineIcs(@Value("${lokta.base-url:http://localhost:8080}") String baseUrl, MessageSource messages) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.messages = messages;
    }

    /** The calendar as UTF-8 text (CRLF line ends, long lines folded). */
    byte[] bytes(String collaborationName, List<CalendarEntry> deadlines, List<WheelItemSummary> wheel) {
        String name = message("calendar.ics.name", collaborationName);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Løkta//Prosjekt frister//NO"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new Name(name))
                // the name most calendar programs read (RFC 7986 NAME is still new to many)
                .add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEntry e : deadlines) {
            calendar.add(event(e));
        }
        for (WheelItemSummary i : wheel) {
            calendar.add(event(i));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(CalendarEntry e) {
        URI address = address(e.link());
        VEvent event = allDay(e.date(), message(e.kind().summaryKey()) + ": " + e.title());
        event.add(new Uid(e.uid() + "@lokta.no"));
        event.add(new Url(address));
        List<String> lines = new ArrayList<>();
        if (!e.source().isBlank()) {
            lines.add(message("calendar.ics.source", e.source()));
        }
        lines.add(message("calendar.ics.state", message(e.state().messageKey())));
        lines.add(address.toString());
        event.add(new Description(String.join("\n", lines)));
        return event;
    }

    private VEvent event(WheelItemSummary i) {
        URI address = address("/projects/calendar/wheel");
        VEvent event = allDay(i.dateIn(i.since()), message("calendar.ics.summary.YEAR_WHEEL") + ": " + i.title());
        event.add(new Uid("wheel-" + i.id() + "@lokta.no"));
        event.add(new RRule<LocalDate>("FREQ=YEARLY"));
        event.add(new Url(address));
        List<String> lines = new ArrayList<>();
        lines.add(message(i.kind().messageKey()));
        if (i.wholeMonth()) {
            lines.add(message("calendar.ics.wholeMonth", message("calendar.month." + i.month())));
        }
        if (!i.description().isBlank()) {
            lines.add(i.description());
        }
        lines.add(address.toString());
        event.add(new Description(String.join("\n", lines)));
        return event;
    }

    /** An all-day event: from the day to the next, shown as free time. */
    private static VEvent allDay(LocalDate day, String summary) {
        VEvent event = new VEvent(day, day.plusDays(1), summary);
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private URI address(String link) {
        return baseUrl.resolve(link.startsWith("/") ? link.substring(1) : link);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, NORWEGIAN);
    }
}
