package no.lokta.project.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar gathers the deadlines of every source; the year wheel's rules; the iCal file. */
@LoktaTest
class CalendarTests {

    @Autowired
    CalendarWorld worlds;

    @Autowired
    TestWorld plainWorlds;

    @Autowired
    CalendarManagement calendar;

    private static CalendarEntry only(List<CalendarEntry> entries, String uid) {
        return entries.stream().filter(e -> e.uid().equals(uid)).findFirst().orElseThrow();
    }

    @Test
    void theCalendarGathersTheDeadlinesOfEverySourceByMonth() {
        var s = worlds.create();
        DeadlineCalendar year = calendar.calendar(s.id(), CalendarWorld.YEAR);
        assertThat(year.months()).hasSize(12);
        List<CalendarEntry> all = year.entries();

        CalendarEntry application = only(all, "application-" + s.application().id());
        assertThat(application.date()).isEqualTo(LocalDate.of(CalendarWorld.YEAR, 2, 1));
        assertThat(application.kind()).isEqualTo(EntryKind.APPLICATION);
        assertThat(application.title()).isEqualTo("Kompetanse og innovasjon (Helsedirektoratet)");
        assertThat(application.source()).isEqualTo("Felles legevakt");
        assertThat(application.state()).isEqualTo(EntryState.PLANNED);
        assertThat(application.link())
                .isEqualTo("/projects/" + s.project().id() + "/funding/applications/"
                        + s.application().id());

        CalendarEntry duty = only(all, "duty-" + s.duty().id());
        assertThat(duty.state()).isEqualTo(EntryState.DUE);
        assertThat(duty.title()).isEqualTo("Sluttrapport (Helsedirektoratet)");
        assertThat(duty.link())
                .isEqualTo("/projects/" + s.project().id() + "/funding/duties/"
                        + s.duty().id());
        assertThat(only(all, "duty-" + s.reported().id()).state()).isEqualTo(EntryState.DONE);

        CalendarEntry milestone = only(all, "milestone-" + s.milestone().id());
        assertThat(milestone.kind()).isEqualTo(EntryKind.MILESTONE);
        assertThat(milestone.state()).isEqualTo(EntryState.DUE);
        assertThat(milestone.link()).isEqualTo("/projects/" + s.project().id() + "#milestones");

        CalendarEntry scheme = only(all, "scheme-" + s.scheme().id());
        assertThat(scheme.kind()).isEqualTo(EntryKind.GRANT_SCHEME);
        assertThat(scheme.state()).isEqualTo(EntryState.OPEN);
        assertThat(scheme.source()).isEqualTo("Statsforvalteren");

        CalendarEntry report = only(all, "fund-report-" + s.award().id());
        assertThat(report.kind()).isEqualTo(EntryKind.FUND_REPORT);
        assertThat(report.date()).isEqualTo(LocalDate.of(CalendarWorld.YEAR, 9, 1));
        assertThat(report.state()).isEqualTo(EntryState.DUE);
        assertThat(report.link())
                .isEqualTo("/projects/funds/" + s.call().id() + "/applications/"
                        + s.award().id());

        CalendarEntry budget = only(all, "wheel-" + s.budget().id());
        assertThat(budget.date()).isEqualTo(LocalDate.of(CalendarWorld.YEAR, 9, 15));
        assertThat(budget.state()).isEqualTo(EntryState.RECURRING);
        assertThat(budget.wholeMonth()).isFalse();

        // March: the whole-month duty first, then the duty due on the 10th; September by day
        Map<Integer, List<String>> byMonth = year.months().stream()
                .collect(Collectors.toMap(
                        DeadlineCalendar.MonthEntries::month,
                        m -> m.entries().stream().map(CalendarEntry::uid).toList()));
        assertThat(byMonth.get(3))
                .containsExactly(
                        "wheel-" + s.annualReport().id(), "duty-" + s.duty().id());
        assertThat(byMonth.get(9))
                .containsExactly(
                        "fund-report-" + s.award().id(), "wheel-" + s.budget().id());
        assertThat(byMonth.get(2))
                .containsExactly("application-" + s.application().id());

        // the deadlines of other years stay out of this one, and the overdue ones are marked
        assertThat(all).noneMatch(e -> e.date().getYear() != CalendarWorld.YEAR);
        List<CalendarEntry> every = calendar.deadlines(s.id());
        assertThat(only(every, "application-" + s.lateApplication().id()).state())
                .isEqualTo(EntryState.OVERDUE);
        assertThat(only(every, "duty-" + s.lateDuty().id()).overdue()).isTrue();
        assertThat(only(every, "milestone-" + s.lateMilestone().id()).overdue()).isTrue();
        CalendarEntry call = only(every, "fund-call-" + s.call().id());
        assertThat(call.kind()).isEqualTo(EntryKind.FUND_CALL);
        assertThat(call.state()).isEqualTo(EntryState.OPEN);
        assertThat(call.date()).isEqualTo(s.call().deadline());
        DeadlineCalendar thisYear = calendar.calendar(s.id(), calendar.today().getYear());
        assertThat(thisYear.entries()).extracting(CalendarEntry::kind).contains(EntryKind.YEAR_WHEEL);

        // another collaboration's calendar has none of it
        var other = plainWorlds.create();
        assertThat(calendar.calendar(other.id(), CalendarWorld.YEAR).count()).isZero();
        assertThat(calendar.deadlines(other.id())).isEmpty();
    }

    @Test
    void aBadYearWheelItemIsRefusedAndChangesNothing() {
        var world = plainWorlds.create();
        assertThatThrownBy(() -> new WheelItemCommand("Budsjett", WheelKind.BUDGET, 0, null, ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("month", "calendar.wheel.month.range")));
        assertThatThrownBy(() -> new WheelItemCommand("Budsjett", WheelKind.BUDGET, 13, 1, ""))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WheelItemCommand("Budsjett", WheelKind.BUDGET, 4, 31, ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("day"));
        assertThatThrownBy(() -> new WheelItemCommand("Budsjett", WheelKind.BUDGET, 2, 29, ""))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WheelItemCommand("Budsjett", WheelKind.BUDGET, 6, 0, ""))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WheelItemCommand("  ", WheelKind.BUDGET, 6, null, ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("title"));
        assertThat(new WheelItemCommand("Budsjett", WheelKind.BUDGET, 1, 31, "").day())
                .isEqualTo(31);
        assertThat(new WheelItemCommand("Budsjett", WheelKind.BUDGET, 2, 28, "").day())
                .isEqualTo(28);
        assertThat(calendar.wheel(world.id())).isEmpty();

        WheelItemSummary item = calendar.addWheelItem(
                world.id(), new WheelItemCommand(" Fellessamling ", WheelKind.GATHERING, 4, null, ""));
        assertThat(item.title()).isEqualTo("Fellessamling");
        assertThat(item.since()).isEqualTo(calendar.today().getYear());
        WheelItemSummary changed = calendar.updateWheelItem(
                world.id(), item.id(), new WheelItemCommand("Fellessamling vår", WheelKind.GATHERING, 4, 20, "Tromsø"));
        assertThat(changed.day()).isEqualTo(20);
        assertThat(calendar.wheel(world.id())).containsExactly(changed);

        // another collaboration's item is not found, and stays as it was
        var other = plainWorlds.create();
        WheelItemCommand c = new WheelItemCommand("Overtatt", WheelKind.OTHER, 1, null, "");
        assertThatThrownBy(() -> calendar.wheelItem(other.id(), item.id())).isInstanceOf(CalendarNotFound.class);
        assertThatThrownBy(() -> calendar.updateWheelItem(other.id(), item.id(), c))
                .isInstanceOf(CalendarNotFound.class);
        assertThatThrownBy(() -> calendar.removeWheelItem(other.id(), item.id()))
                .isInstanceOf(CalendarNotFound.class);
        assertThat(calendar.wheel(world.id())).containsExactly(changed);

        calendar.removeWheelItem(world.id(), item.id());
        assertThat(calendar.wheel(world.id())).isEmpty();
    }

    @Test
    void theIcsFileParsesWithAllDayEventsAndYearlyDutiesWithStableUids() throws Exception {
        var s = worlds.create();
        byte[] bytes = calendar.ics(s.id());
        String text = new String(bytes, StandardCharsets.UTF_8);
        Calendar ics = new CalendarBuilder()
                .build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        assertThat(text)
                .contains("\r\n")
                .contains("X-WR-CALNAME:Frister i " + s.world().collaboration().name());
        List<VEvent> events = ics.getComponents("VEVENT");
        Map<String, VEvent> byUid =
                events.stream().collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
        // every deadline once (2 applications, 3 duties, 2 milestones, a scheme, a call, a report) and 2 duties of the
        // year
        assertThat(events).hasSize(calendar.deadlines(s.id()).size() + 2);
        assertThat(calendar.deadlines(s.id())).hasSize(10);

        VEvent application = java.util.Objects.requireNonNull(
                byUid.get("application-" + s.application().id() + "@lokta.no"));
        assertThat(value(application, "SUMMARY"))
                .isEqualTo("Søknadsfrist: Kompetanse og innovasjon (Helsedirektoratet)");
        assertThat(value(application, "DTSTART")).isEqualTo(CalendarWorld.YEAR + "0201");
        assertThat(application
                        .getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(application, "DTEND")).isEqualTo(CalendarWorld.YEAR + "0202");
        assertThat(value(application, "DESCRIPTION"))
                .contains("Prosjekt eller kilde: Felles legevakt", "Status: Planlagt")
                .contains("/projects/" + s.project().id() + "/funding/applications/"
                        + s.application().id());
        assertThat(application.getProperty("RRULE")).isEmpty();

        VEvent late = java.util.Objects.requireNonNull(
                byUid.get("duty-" + s.lateDuty().id() + "@lokta.no"));
        assertThat(value(late, "SUMMARY")).isEqualTo("Rapportering: Glemt rapport (Statsforvalteren)");
        assertThat(value(late, "DESCRIPTION")).contains("Status: Forfalt");
        assertThat(byUid)
                .containsKeys(
                        "milestone-" + s.milestone().id() + "@lokta.no",
                        "scheme-" + s.scheme().id() + "@lokta.no",
                        "fund-call-" + s.call().id() + "@lokta.no",
                        "fund-report-" + s.award().id() + "@lokta.no");

        int since = calendar.today().getYear();
        VEvent budget =
                java.util.Objects.requireNonNull(byUid.get("wheel-" + s.budget().id() + "@lokta.no"));
        assertThat(value(budget, "SUMMARY")).isEqualTo("Årshjul: Budsjettforslag til eierne");
        assertThat(value(budget, "RRULE")).isEqualTo("FREQ=YEARLY");
        assertThat(value(budget, "DTSTART")).isEqualTo(since + "0915");
        assertThat(value(budget, "DESCRIPTION")).contains("Budsjett", "Til rådmennene.");
        VEvent annual = java.util.Objects.requireNonNull(
                byUid.get("wheel-" + s.annualReport().id() + "@lokta.no"));
        assertThat(value(annual, "RRULE")).isEqualTo("FREQ=YEARLY");
        assertThat(value(annual, "DTSTART")).isEqualTo(since + "0301");
        assertThat(value(annual, "DESCRIPTION")).contains("Gjelder hele mars.");

        // written again: the same UIDs
        Calendar again = new CalendarBuilder()
                .build(new InputStreamReader(new ByteArrayInputStream(calendar.ics(s.id())), StandardCharsets.UTF_8));
        assertThat(again.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, "UID")))
                .containsExactlyInAnyOrderElementsOf(byUid.keySet());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
