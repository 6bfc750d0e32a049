package no.lokta.project.scheme;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Publishing a scheme mails the contact persons and municipality contacts of the members it
 * concerns, each once, and no one else; a second publish mails no one.
 */
@LoktaTest
class SchemeMailTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SchemeWorld worlds;

    @Autowired
    SchemeManagement schemes;

    @Test
    void theConcernedMembersAreToldOnce() throws Exception {
        var s = worlds.create();
        GrantSchemeSummary scheme = schemes.create(
                s.id(),
                SchemeWorld.scheme("Tilskudd til læringsnettverk", LocalDate.of(2099, 4, 15), Set.of(s.bardu())));
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post()
                            .uri("/projects/schemes/" + scheme.id() + "/publish")
                            .with(as(s.world().coordinator()))
                            .with(csrf()))
                    .hasStatus3xxRedirection();
        }
        MimeMessage mail = await(s.barduContactPerson());
        assertThat(mail.getSubject()).isEqualTo("Tilskuddsordning: Tilskudd til læringsnettverk");
        String body = text(mail.getContent());
        assertThat(body)
                .contains(
                        "Tilskudd til læringsnettverk",
                        "Helsedirektoratet",
                        "15.04.2099",
                        "https://www.helsedirektoratet.no/tilskudd",
                        "/projects/schemes/" + scheme.id());
        await(s.world().contact().email());
        assertThat(worlds.mailsTo(s.barduContactPerson())).isOne();
        assertThat(worlds.mailsTo(s.world().contact().email())).isOne();
        // Målselv is not concerned, nor is the coordinator or the participant
        assertThat(worlds.mailsTo(s.malselvContactPerson())).isZero();
        assertThat(worlds.mailsTo(s.malselvContact().email())).isZero();
        assertThat(worlds.mailsTo(s.world().coordinator().email())).isZero();
        assertThat(worlds.mailsTo(s.world().participant().email())).isZero();
        Thread.sleep(1000);
        assertThat(received(s.barduContactPerson())).isOne();
        assertThat(received(s.malselvContactPerson())).isZero();
    }

    @Test
    void aSchemeForAllMembersReachesEveryMember() {
        var s = worlds.create();
        GrantSchemeSummary scheme =
                schemes.create(s.id(), SchemeWorld.scheme("Ordning for alle", LocalDate.of(2099, 5, 1), Set.of()));
        schemes.publish(s.id(), scheme.id());
        schemes.publish(s.id(), scheme.id());
        assertThat(worlds.mailsTo(s.barduContactPerson())).isOne();
        assertThat(worlds.mailsTo(s.world().contact().email())).isOne();
        assertThat(worlds.mailsTo(s.malselvContactPerson())).isOne();
        assertThat(worlds.mailsTo(s.malselvContact().email())).isOne();
        assertThat(worlds.mailsTo(s.world().participant().email())).isZero();
    }

    private static MimeMessage await(String recipient) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (isTo(m, recipient)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        return text(multipart.getBodyPart(0).getContent());
    }

    private static long received(String recipient) throws Exception {
        long n = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (isTo(m, recipient)) {
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
