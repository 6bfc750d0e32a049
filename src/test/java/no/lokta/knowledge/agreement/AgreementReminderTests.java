package no.lokta.knowledge.agreement;

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

/**
 * The coordinators are reminded by mail once per current version, the agreement's number of days
 * before its revision is due; a version that a later one replaced, a draft and one not yet due are
 * not.
 */
@LoktaTest
class AgreementReminderTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    AgreementWorld worlds;

    @Autowired
    AgreementManagement agreements;

    @Test
    void theCoordinatorsAreRemindedOncePerVersion() throws Exception {
        var s = worlds.create();
        LocalDate today = LocalDate.of(2031, 3, 1);
        AgreementSummary agreement = agreements.create(
                s.id(),
                new AgreementCommand("Samarbeidsavtale UNN og Bardu", s.trust().id(), java.util.Set.of(s.bardu()), 30));
        SubAgreementSummary admission = worlds.part(s, agreement, 3);
        VersionSummary due = worlds.version(s, agreement, admission, 1, LocalDate.of(2027, 3, 1), today.plusDays(30));
        SubAgreementSummary discharge = worlds.part(s, agreement, 5);
        VersionSummary later = worlds.version(s, agreement, discharge, 1, LocalDate.of(2027, 3, 1), today.plusDays(31));
        SubAgreementSummary replaced = worlds.part(s, agreement, 6);
        VersionSummary old = worlds.version(s, agreement, replaced, 1, LocalDate.of(2020, 3, 1), today.minusDays(1));
        worlds.version(s, agreement, replaced, 2, LocalDate.of(2030, 3, 1), today.plusYears(4));
        SubAgreementSummary drafted = worlds.part(s, agreement, 8);
        VersionSummary draft = agreements.addVersion(
                s.id(), agreement.id(), drafted.id(), new VersionCommand(1, null, null, today, "", ""));

        agreements.sendReminders(today);
        MimeMessage mail = await(s.world().coordinator().email(), "Samarbeidsavtale UNN og Bardu, tema 3");
        assertThat(mail.getSubject())
                .isEqualTo("Revisjon av samarbeidsavtale: Samarbeidsavtale UNN og Bardu, tema 3, innen 31.03.2031");
        assertThat((String) mail.getContent())
                .contains(
                        "3. Innleggelse i sykehus",
                        "Universitetssykehuset Nord-Norge HF",
                        "Bardu",
                        "/knowledge/agreements/" + agreement.id());
        assertThat(agreements
                        .version(s.id(), agreement.id(), admission.id(), due.id())
                        .remindedOn())
                .isEqualTo(today);
        assertThat(agreements
                        .version(s.id(), agreement.id(), discharge.id(), later.id())
                        .remindedOn())
                .isNull();
        assertThat(agreements
                        .version(s.id(), agreement.id(), replaced.id(), old.id())
                        .remindedOn())
                .isNull();
        assertThat(agreements
                        .version(s.id(), agreement.id(), drafted.id(), draft.id())
                        .remindedOn())
                .isNull();

        agreements.sendReminders(today);
        agreements.sendReminders(today.plusDays(1));
        await(s.world().coordinator().email(), "Samarbeidsavtale UNN og Bardu, tema 5");
        Thread.sleep(500);
        assertThat(count(s.world().coordinator().email(), "tema 3")).isEqualTo(1);
        assertThat(count(s.world().coordinator().email(), "tema 5")).isEqualTo(1);
        assertThat(count(s.world().coordinator().email(), "tema 6")).isZero();
        assertThat(count(s.world().coordinator().email(), "tema 8")).isZero();
        assertThat(count(s.world().contact().email(), "Samarbeidsavtale")).isZero();
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
