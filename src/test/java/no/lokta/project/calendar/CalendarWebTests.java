package no.lokta.project.calendar;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@LoktaTest
class CalendarWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CalendarWorld worlds;

    @Autowired
    TestWorld plainWorlds;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSeesEveryDeadlineByMonthAndTheOverdueOnesStandOut() {
        var s = worlds.create();
        LoktaUser coordinator = s.world().coordinator();
        assertThat(mvc.get()
                        .uri("/projects/calendar?year=" + CalendarWorld.YEAR)
                        .with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Frister " + CalendarWorld.YEAR, "Februar " + CalendarWorld.YEAR, "September")
                .contains("Kompetanse og innovasjon (Helsedirektoratet)", "Søknadsfrist", "Planlagt")
                .contains("Sluttrapport (Helsedirektoratet)", "Ikke levert ennå", "Delrapport", "Levert")
                .contains("Legevakten åpner", "Milepæl", "Tilskudd til samhandling", "Statsforvalteren")
                .contains("Frisklivssentral", "Utviklingsmidler, rapport")
                .contains("Budsjettforslag til eierne", "Årsrapport til eierne", "Hele måneden", "Hvert år")
                .contains(
                        "Forrige år (" + (CalendarWorld.YEAR - 1) + ")", "Neste år (" + (CalendarWorld.YEAR + 1) + ")")
                .contains("/projects/" + s.project().id() + "/funding/applications/"
                        + s.application().id())
                .contains("/projects/schemes/" + s.scheme().id())
                .doesNotContain("Glemt rapport");
        int thisYear = calendar.today().getYear();
        assertThat(mvc.get().uri("/projects/calendar").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Frister " + thisYear, "Budsjettforslag til eierne");
        // the overdue ones stand out in words
        int late = s.lateDuty().dueOn().getYear();
        assertThat(mvc.get().uri("/projects/calendar?year=" + late).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Glemt rapport", "Forfalt!")
                .contains("Forfalt: " + calendar.calendar(s.id(), late).overdue() + ".");
        assertThat(mvc.get()
                        .uri("/projects/calendar?year=" + CalendarWorld.YEAR + "&lang=en")
                        .with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Deadlines " + CalendarWorld.YEAR, "Application deadline", "Not yet delivered");
        assertThat(mvc.get()
                        .uri("/projects/calendar/wheel?year=" + CalendarWorld.YEAR)
                        .with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Årshjul " + CalendarWorld.YEAR, "Budsjettforslag til eierne", "den 15.", "hele måneden")
                .contains("Årshjul for " + CalendarWorld.YEAR, "Sirkel: oppgave i årshjulet");
        assertThat(mvc.get()
                        .uri("/projects/calendar/wheel?year=" + CalendarWorld.YEAR)
                        .with(as(coordinator)))
                .bodyText()
                .contains("role=\"img\"", "<desc id=\"wheel-desc\"", "<path");
    }

    @Test
    void onlyTheCoordinatorMayUseTheCalendar() {
        var s = worlds.create();
        String item = "/projects/calendar/wheel/" + s.budget().id();
        for (LoktaUser other : List.of(s.world().contact(), s.world().participant())) {
            assertThat(mvc.get().uri("/projects/calendar").with(as(other))).hasStatus(403);
            assertThat(mvc.get().uri("/projects/calendar/wheel").with(as(other)))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/projects/calendar/wheel/new").with(as(other)))
                    .hasStatus(403);
            assertThat(mvc.get().uri(item).with(as(other))).hasStatus(403);
            assertThat(mvc.get().uri("/projects/calendar.ics").with(as(other))).hasStatus(403);
            assertThat(mvc.post()
                            .uri("/projects/calendar/wheel")
                            .with(as(other))
                            .with(csrf())
                            .param("title", "Innbrudd")
                            .param("kind", "OTHER")
                            .param("month", "5"))
                    .hasStatus(403);
            assertThat(mvc.post().uri(item + "/delete").with(as(other)).with(csrf()))
                    .hasStatus(403);
            assertThat(mvc.post().uri("/projects/calendar/feed").with(as(other)).with(csrf()))
                    .hasStatus(403);
        }
        assertThat(calendar.wheel(s.id())).hasSize(2);
        // without signing in, the pages send to the sign-in
        assertThat(mvc.get().uri("/projects/calendar")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/projects/calendar.ics")).hasStatus3xxRedirection();
    }

    @Test
    void anotherCollaborationsItemIsNotFoundAndStaysAsItWas() {
        var s = worlds.create();
        var other = plainWorlds.create();
        String item = "/projects/calendar/wheel/" + s.budget().id();
        assertThat(mvc.get().uri(item).with(as(other.coordinator()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(item)
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("title", "Overtatt")
                        .param("kind", "OTHER")
                        .param("month", "5"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(item + "/delete")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(calendar.wheelItem(s.id(), s.budget().id())).isEqualTo(s.budget());
        assertThat(mvc.get().uri("/projects/calendar/wheel").with(as(other.coordinator())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Budsjettforslag til eierne");
    }

    @Test
    void theCoordinatorKeepsTheYearWheelAndBadInputChangesNothing() {
        var world = plainWorlds.create();
        LoktaUser coordinator = world.coordinator();
        assertThat(mvc.get().uri("/projects/calendar/wheel/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny oppgave i årshjulet", "Velg måned", "Ikke skriv helseopplysninger");
        assertThat(post(coordinator, "/projects/calendar/wheel", "Budsjett", "BUDGET", "13", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en måned fra januar til desember.");
        assertThat(post(coordinator, "/projects/calendar/wheel", "Budsjett", "BUDGET", "0", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en måned fra januar til desember.");
        assertThat(post(coordinator, "/projects/calendar/wheel", "Budsjett", "BUDGET", "4", "31"))
                .hasStatusOk()
                .bodyText()
                .contains("Dagen må være fra 1 til 30 i denne måneden.");
        assertThat(post(coordinator, "/projects/calendar/wheel", "", "BUDGET", "4", "30"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.");
        assertThat(post(coordinator, "/projects/calendar/wheel", "Budsjett", "BUDGET", "mai", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et helt tall.");
        assertThat(calendar.wheel(world.id())).isEmpty();

        assertThat(post(coordinator, "/projects/calendar/wheel", "Budsjettforslag", "BUDGET", "9", "15"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("saved", "Budsjettforslag");
        WheelItemSummary item = calendar.wheel(world.id()).getFirst();
        assertThat(item.month()).isEqualTo(9);
        assertThat(item.day()).isEqualTo(15);
        String page = "/projects/calendar/wheel/" + item.id();
        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Endre «Budsjettforslag»", "Slett oppgaven");
        // a bad change is refused and leaves the item as it was
        assertThat(post(coordinator, page, "Budsjettforslag", "BUDGET", "2", "30"))
                .hasStatusOk()
                .bodyText()
                .contains("Dagen må være fra 1 til 28 i denne måneden.");
        assertThat(calendar.wheelItem(world.id(), item.id())).isEqualTo(item);
        assertThat(post(coordinator, page, "Budsjettforslag til eierne", "BUDGET", "10", ""))
                .hasStatus3xxRedirection();
        WheelItemSummary changed = calendar.wheelItem(world.id(), item.id());
        assertThat(changed.month()).isEqualTo(10);
        assertThat(changed.day()).isNull();
        assertThat(mvc.post().uri(page + "/delete").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("deleted", "Budsjettforslag til eierne");
        assertThat(calendar.wheel(world.id())).isEmpty();
    }

    @Test
    void theCoordinatorDownloadsTheCalendarFile() {
        var s = worlds.create();
        MvcTestResult result = mvc.get()
                .uri("/projects/calendar.ics")
                .with(as(s.world().coordinator()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
        assertThat(result).headers().hasValue("Content-Disposition", "attachment; filename=\"frister.ics\"");
        assertThat(result)
                .bodyText()
                .contains(
                        "BEGIN:VCALENDAR",
                        "BEGIN:VEVENT",
                        "UID:wheel-" + s.budget().id() + "@lokta.no")
                .contains("RRULE:FREQ=YEARLY");
    }

    @Test
    void theSecretFeedAddressWorksIsKeptAsAHashAndCanBeReplaced() throws Exception {
        var s = worlds.create();
        LoktaUser coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/projects/calendar").with(as(coordinator)))
                .bodyText()
                .contains("Du har ingen kalenderadresse ennå.", "Lag kalenderadresse");
        String address = newAddress(coordinator);
        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        assertThat(address).endsWith("/projects/calendar/feed/" + secret + ".ics");
        String path = "/projects/calendar/feed/" + secret + ".ics";

        // no sign-in: a calendar program cannot sign in
        MvcTestResult feed = mvc.get().uri(path).exchange();
        assertThat(feed).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
        assertThat(feed).headers().hasValue("Cache-Control", "no-store");
        assertThat(feed)
                .bodyText()
                .contains(
                        "BEGIN:VCALENDAR", "UID:application-" + s.application().id() + "@lokta.no")
                .contains("RRULE:FREQ=YEARLY");

        // only the SHA-256 of the secret is kept
        List<String> stored = jdbc.sql("select secret_hash from project.calendar_feed where collaboration_id = ?")
                .param(s.id())
                .query(String.class)
                .list();
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).containsExactly(hash);
        assertThat(stored.getFirst()).doesNotContain(secret);

        // a wrong secret, junk, or the hash itself finds nothing
        String wrong = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
        assertThat(mvc.get().uri("/projects/calendar/feed/" + wrong + ".ics")).hasStatus(404);
        assertThat(mvc.get().uri("/projects/calendar/feed/junk.ics")).hasStatus(404);
        assertThat(mvc.get().uri("/projects/calendar/feed/" + hash + ".ics")).hasStatus(404);

        assertThat(mvc.get().uri("/projects/calendar").with(as(coordinator)))
                .bodyText()
                .contains("Adressen din ble laget", "Lag ny kalenderadresse");
        // a new address: the old one stops working
        String replaced = newAddress(coordinator);
        assertThat(replaced).isNotEqualTo(address);
        assertThat(mvc.get().uri(path)).hasStatus(404);
        String newPath = replaced.substring(replaced.indexOf("/projects/calendar/feed/"));
        assertThat(mvc.get().uri(newPath)).hasStatusOk();
    }

    private String newAddress(LoktaUser coordinator) {
        MvcTestResult result = mvc.post()
                .uri("/projects/calendar/feed")
                .with(as(coordinator))
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/calendar#feed");
        Object address = result.getMvcResult().getFlashMap().get("feedAddress");
        assertThat(address).isInstanceOf(String.class);
        return String.valueOf(address);
    }

    private MvcTestResult post(LoktaUser user, String uri, String title, String kind, String month, String day) {
        return mvc.post()
                .uri(uri)
                .with(as(user))
                .with(csrf())
                .param("title", title)
                .param("kind", kind)
                .param("month", month)
                .param("day", day)
                .param("description", "")
                .exchange();
    }
}
