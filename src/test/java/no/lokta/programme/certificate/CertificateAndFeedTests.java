package no.lokta.programme.certificate;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Course;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@LoktaTest
class CertificateAndFeedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Test
    void hoursAreTheShareOfSessionsAttended() {
        assertThat(Certificate.hours(BigDecimal.valueOf(6), 1, 2)).isEqualByComparingTo("3.0");
        assertThat(Certificate.hours(BigDecimal.valueOf(7.5), 2, 3)).isEqualByComparingTo("5.0");
        assertThat(Certificate.hours(BigDecimal.TEN, 1, 3)).isEqualByComparingTo("3.3");
        assertThat(Certificate.hours(BigDecimal.TEN, 0, 0)).isEqualByComparingTo("0");
    }

    @Test
    void certificatesForThoseWhoAttendedFromTheCoordinatorAndFromMyActivities() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "Kurs i ernæring", "Anne Ansatt");
        attendance.save(
                world.id(), c.id(), c.session(0), List.of(c.registration(0).id()), null);
        String coordinatorPdf = "/programme/manage/activities/" + c.id() + "/registrations/"
                + c.registration(0).id() + "/certificate.pdf";
        MvcTestResult pdf =
                mvc.get().uri(coordinatorPdf).with(as(world.coordinator())).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("kursbevis-testperson-participant.pdf");

        // Anne was not present: no certificate
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/registrations/"
                                + c.registration(1).id() + "/certificate.pdf")
                        .with(as(world.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri(coordinatorPdf).with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get().uri(coordinatorPdf).with(as(other.coordinator()))).hasStatus(404);

        // the participant's own page and certificate
        assertThat(mvc.get().uri("/programme/mine").with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Mine aktiviteter", "Kurs i ernæring", "Til stede 1 av 2, ikke møtt 0", "Kursbevis for");
        assertThat(mvc.get()
                        .uri("/programme/mine/" + c.registration(0).id() + "/certificate.pdf")
                        .with(as(world.participant())))
                .hasStatusOk()
                .hasContentType("application/pdf");
        // someone else's registration is not found
        assertThat(mvc.get()
                        .uri("/programme/mine/" + c.registration(0).id() + "/certificate.pdf")
                        .with(as(world.contact())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/programme/mine/" + c.registration(1).id() + "/certificate.pdf")
                        .with(as(world.participant())))
                .hasStatus(404);
    }

    @Test
    void calendarFeedsPerActivityNetworkAndPerson() throws Exception {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Kalenderkurs");
        assertThat(mvc.get().uri("/programme/activities/" + c.id() + "/calendar.ics"))
                .hasStatusOk()
                .hasContentType("text/calendar;charset=UTF-8")
                .bodyText()
                .contains("BEGIN:VCALENDAR", "SUMMARY:Kalenderkurs", c.session(1) + "@lokta.no");
        assertThat(mvc.get().uri("/programme/activities/" + java.util.UUID.randomUUID() + "/calendar.ics"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/programme/networks/" + java.util.UUID.randomUUID() + "/calendar.ics"))
                .hasStatus(404);

        // a personal address: shown once, then the feed; a new address ends the old
        MvcTestResult made = mvc.post()
                .uri("/programme/mine/calendar")
                .with(as(world.participant()))
                .with(csrf())
                .exchange();
        assertThat(made).hasStatus3xxRedirection();
        String address = (String) made.getMvcResult().getFlashMap().get("feedAddress");
        Matcher m = Pattern.compile("/programme/calendar/([A-Za-z0-9_-]{43})\\.ics$")
                .matcher(address);
        assertThat(m.find()).isTrue();
        String feed = "/programme/calendar/" + m.group(1) + ".ics";
        assertThat(mvc.get().uri(feed))
                .hasStatusOk()
                .hasContentType("text/calendar;charset=UTF-8")
                .bodyText()
                .contains("Kalenderkurs");
        assertThat(mvc.get().uri("/programme/mine").with(as(world.participant())))
                .bodyText()
                .contains("Du har en kalenderadresse fra");

        mvc.post()
                .uri("/programme/mine/calendar")
                .with(as(world.participant()))
                .with(csrf())
                .exchange();
        assertThat(mvc.get().uri(feed)).hasStatus(404);
        assertThat(mvc.get().uri("/programme/calendar/ukjent.ics")).hasStatus(404);
    }
}
