package no.lokta.project.funding;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A reporting duty reminds the coordinators by mail once its reminder day has come, once; an
 * overdue one is flagged on the coordinator's front page.
 */
@LoktaTest
class ReportingReminderTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    FundingManagement funding;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theCoordinatorsAreRemindedOnceWhenTheDayHasCome() throws Exception {
        var s = fixtures.create();
        LocalDate today = LocalDate.of(2031, 2, 15);
        ReportingDutySummary due = funding.createDuty(
                s.world().id(),
                s.project().id(),
                new ReportingDutyCommand(null, "Sluttrapport 2030", "Statsforvalteren", LocalDate.of(2031, 3, 1), 14));
        ReportingDutySummary later = funding.createDuty(
                s.world().id(),
                s.project().id(),
                new ReportingDutyCommand(null, "Rapport 2031", "Statsforvalteren", LocalDate.of(2032, 3, 1), 14));
        ReportingDutySummary done = funding.createDuty(
                s.world().id(),
                s.project().id(),
                new ReportingDutyCommand(null, "Allerede levert", "Statsforvalteren", LocalDate.of(2031, 2, 20), 14));
        funding.markReported(s.world().id(), done.id(), LocalDate.of(2031, 2, 1));

        funding.sendReminders(today);
        MimeMessage mail = await(s.world().coordinator().email(), "Sluttrapport 2030");
        assertThat(mail.getSubject()).isEqualTo("Påminnelse: Sluttrapport 2030 innen 01.03.2031");
        assertThat((String) mail.getContent())
                .contains(
                        "Felles legevakt",
                        "Statsforvalteren",
                        "01.03.2031",
                        "/projects/" + s.project().id() + "/funding");
        assertThat(funding.duty(s.world().id(), due.id()).remindedOn()).isEqualTo(today);
        assertThat(funding.duty(s.world().id(), later.id()).remindedOn()).isNull();
        assertThat(funding.duty(s.world().id(), done.id()).remindedOn()).isNull();

        funding.sendReminders(today.plusDays(1));
        Thread.sleep(500);
        assertThat(count(s.world().coordinator().email(), "Sluttrapport 2030")).isEqualTo(1);
        assertThat(count(s.world().contact().email(), "Sluttrapport")).isZero();
    }

    @Test
    void anOverdueDutyIsFlaggedOnTheCoordinatorsFrontPage() {
        var s = fixtures.create();
        funding.createDuty(
                s.world().id(),
                s.project().id(),
                new ReportingDutyCommand(null, "Midtveisrapport", "Helsedirektoratet", LocalDate.of(2020, 3, 1), 14));
        assertThat(mvc.get().uri("/").with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Dette må følges opp", "Fristen for «Midtveisrapport» i Felles legevakt gikk ut 01.03.2020.");
        assertThat(mvc.get().uri("/").with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Midtveisrapport");
    }

    private static MimeMessage await(String recipient, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (isTo(m, recipient) && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient);
    }

    private static long count(String recipient, String subject) throws Exception {
        long n = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (isTo(m, recipient) && m.getSubject().contains(subject)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isTo(MimeMessage m, String recipient) throws Exception {
        var to = m.getRecipients(Message.RecipientType.TO);
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    }
}
