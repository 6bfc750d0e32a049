package no.lokta.knowledge.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily digest: one mail to each follower with others' new replies, once a day. */
@LoktaTest
class DiscussionDigestTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    DiscussionManagement discussions;

    @Test
    void followersGetOthersNewRepliesOnceADay() throws Exception {
        var s = fixtures.create();
        var c = s.id();
        var n = s.network().id();
        // the participant opens a thread (and follows it), the contact and the resource person reply
        ThreadSummary t = discussions.start(
                c,
                n,
                DiscussionTests.writer(s.world().participant()),
                new ThreadCommand("Erfaringer med velferdsteknologi", "Hva har dere prøvd?"),
                null);
        discussions.reply(c, n, t.id(), DiscussionTests.writer(s.world().contact()), "Vi har prøvd GPS.", null);
        PostSummary hidden =
                discussions.reply(c, n, t.id(), DiscussionTests.writer(s.resource()), "Et svar som blir skjult", null);
        discussions.hide(
                c,
                n,
                t.id(),
                hidden.id(),
                new Writer(s.world().coordinator().accountId(), "Koordinator", true),
                "Feil sted");
        // the resource person stops following; the coordinator follows without writing
        discussions.follow(c, n, t.id(), s.resource().accountId(), false);
        discussions.follow(c, n, t.id(), s.world().coordinator().accountId(), true);
        // a thread nobody else writes in
        discussions.start(
                c,
                n,
                DiscussionTests.writer(s.world().contact()),
                new ThreadCommand("Stille tråd", "Ingen svar"),
                null);

        OffsetDateTime now = OffsetDateTime.now(DiscussionManagement.ZONE).plusMinutes(1);
        discussions.sendDigests(now);

        MimeMessage toParticipant = await(s.world().participant().email());
        String body = (String) toParticipant.getContent();
        assertThat(toParticipant.getSubject()).contains("1 nye svar");
        assertThat(body)
                .contains("Erfaringer med velferdsteknologi", "Vi har prøvd GPS.", "/threads/" + t.id())
                .doesNotContain("Et svar som blir skjult", "Stille tråd");
        MimeMessage toCoordinator = await(s.world().coordinator().email());
        assertThat((String) toCoordinator.getContent()).contains("Vi har prøvd GPS.");
        Thread.sleep(1000);
        // the contact's only new reply in a followed thread is their own; the resource person follows nothing
        assertThat(count(s.world().contact().email())).isZero();
        assertThat(count(s.resource().email())).isZero();

        // a second run the same day sends nothing, even with a new reply
        discussions.reply(c, n, t.id(), DiscussionTests.writer(s.world().contact()), "Enda et svar.", null);
        discussions.sendDigests(now.plusMinutes(5));
        Thread.sleep(1000);
        assertThat(count(s.world().participant().email())).isEqualTo(1);
        assertThat(count(s.world().coordinator().email())).isEqualTo(1);
    }

    private static MimeMessage await(String recipient) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (isTo(m, recipient) && m.getSubject().startsWith("Virtuelt fagnett")) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient);
    }

    private static long count(String recipient) throws Exception {
        long n = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (isTo(m, recipient) && m.getSubject().startsWith("Virtuelt fagnett")) {
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
