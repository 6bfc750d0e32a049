package no.lokta.programme.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionSummary;
import org.junit.jupiter.api.Test;

class IcsTests {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 10, 9, 0);

    private final Ics ics = new Ics("https://lokta.example.no");

    private static ActivitySummary activity(
            String title, String description, ActivityStatus status, SessionSummary... sessions) {
        return new ActivitySummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                ActivityKind.COURSE,
                title,
                description,
                Audience.EMPLOYEES,
                List.of(sessions),
                10,
                Map.of(),
                null,
                null,
                null,
                false,
                BigDecimal.ONE,
                "post@lokta.no",
                status,
                10);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void oneEventPerSessionWithStableUidsAndUtcTimes() throws Exception {
        SessionSummary first = new SessionSummary(UUID.randomUUID(), NINE, NINE.plusHours(3), "Finnsnes rådhus", "");
        SessionSummary second = new SessionSummary(
                UUID.randomUUID(),
                NINE.plusDays(7),
                NINE.plusDays(7).plusHours(2),
                "",
                "https://video.example.org/m/1");
        ActivitySummary course = activity("Kurs i demensomsorg", "Grunnkurs", ActivityStatus.PUBLISHED, first, second);

        String text = ics.write("Løkta: kurs", List.of(course));
        Calendar calendar = parse(text);

        assertThat(text).contains("\r\n").contains("X-WR-CALNAME:Løkta: kurs");
        assertThat(calendar.getProperty("NAME").map(Property::getValue)).contains("Løkta: kurs");
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent one = events.getFirst();
        assertThat(value(one, "UID")).isEqualTo(first.id() + "@lokta.no");
        assertThat(value(one, "SUMMARY")).isEqualTo("Kurs i demensomsorg");
        assertThat(value(one, "LOCATION")).isEqualTo("Finnsnes rådhus");
        assertThat(value(one, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(one, "URL")).isEqualTo("https://lokta.example.no/programme/activities/" + course.id());
        // 09:00 in Oslo in March (CET) is 08:00 UTC
        assertThat(value(one, "DTSTART")).isEqualTo("20270310T080000Z");
        Temporal start =
                one.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate();
        assertThat(ZonedDateTime.ofInstant(Instant.from(start), ProgrammeManagement.ZONE)
                        .toLocalDateTime())
                .isEqualTo(NINE);
        VEvent two = events.get(1);
        assertThat(value(two, "UID")).isEqualTo(second.id() + "@lokta.no");
        assertThat(two.getProperty("LOCATION")).isEmpty();
        assertThat(value(two, "DESCRIPTION"))
                .contains("https://video.example.org/m/1")
                .contains("/programme/activities/" + course.id());

        // the same activity written again gives the same UIDs
        assertThat(parse(ics.write("x", List.of(course))).<VEvent>getComponents("VEVENT").stream()
                        .map(e -> value(e, "UID")))
                .containsExactly(first.id() + "@lokta.no", second.id() + "@lokta.no");
    }

    @Test
    void specialCharactersSurvive() throws Exception {
        String title = "Æ, ø; å: \"sitat\" og\\skråstrek";
        String description = "Linje én, med komma;\nlinje to: ÆØÅ æøå\n\nslutt " + "lang tekst ".repeat(20);
        SessionSummary session =
                new SessionSummary(UUID.randomUUID(), NINE, NINE.plusHours(1), "Storgata 1, 9300 Finnsnes", "");
        ActivitySummary activity = activity(title, description, ActivityStatus.PUBLISHED, session);

        byte[] bytes = ics.bytes(activity);
        VEvent event = parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .<VEvent>getComponents("VEVENT")
                .getFirst();

        assertThat(value(event, "SUMMARY")).isEqualTo(title);
        assertThat(value(event, "LOCATION")).isEqualTo("Storgata 1, 9300 Finnsnes");
        assertThat(value(event, "DESCRIPTION")).startsWith(description.strip());
        // long lines are folded (iCal4j counts characters, not octets, which readers accept)
        for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aCancelledActivityIsCancelledInTheCalendar() throws Exception {
        SessionSummary session = new SessionSummary(UUID.randomUUID(), NINE, NINE.plusHours(1), "Finnsnes", "");
        ActivitySummary cancelled = activity("Avlyst kurs", "", ActivityStatus.CANCELLED, session);

        VEvent event = parse(ics.write("Løkta", List.of(cancelled)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();

        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "UID")).isEqualTo(session.id() + "@lokta.no");
    }

    @Test
    void anEmptyProgrammeIsStillACalendar() throws Exception {
        Calendar calendar = parse(ics.write("Tomt", List.of()));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
    }
}
