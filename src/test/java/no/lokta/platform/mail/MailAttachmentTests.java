package no.lokta.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A queued mail with an attachment goes out as a multipart message with the file intact. */
@LoktaTest
class MailAttachmentTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anAttachmentIsSentAsAPartOfItsOwn() throws Exception {
        String recipient = "vedlegg-" + UUID.randomUUID() + "@example.org";
        byte[] file = "BEGIN:VCALENDAR\r\nSUMMARY:Æøå, komma\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        UUID id = tx.execute(s -> outbox.queue(
                null,
                recipient,
                "Med vedlegg",
                "Se vedlegget.",
                new MailAttachment("kurs.ics", "text/calendar; charset=UTF-8", file)));

        MimeMessage message = await(recipient);
        assertThat(message.getSubject()).isEqualTo("Med vedlegg");
        Multipart multipart = (Multipart) message.getContent();
        BodyPart attachment = null;
        String text = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if ("kurs.ics".equals(part.getFileName())) {
                attachment = part;
            } else if (part.getContent() instanceof Multipart inner) {
                text = (String) inner.getBodyPart(0).getContent();
            } else {
                text = (String) part.getContent();
            }
        }
        assertThat(text).isEqualTo("Se vedlegget.");
        assertThat(attachment).isNotNull();
        assertThat(java.util.Objects.requireNonNull(attachment).getContentType())
                .startsWith("text/calendar");
        try (InputStream in = attachment.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }
        assertThat(jdbc.sql("select status from platform.mail_outbox where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }

    @Test
    void aMailWithoutAttachmentStaysPlainText() throws Exception {
        String recipient = "uten-" + UUID.randomUUID() + "@example.org";
        tx.execute(s -> outbox.queue(null, recipient, "Uten vedlegg", "Bare tekst."));

        MimeMessage message = await(recipient);
        assertThat(message.getContent()).isEqualTo("Bare tekst.");
    }

    @Test
    void anAttachmentNeedsANameAndAType() {
        assertThatThrownBy(() -> new MailAttachment(" ", "text/calendar", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.ics", "", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailAttachment("a.ics", "text/calendar", new byte[] {1}))
                .isEqualTo(new MailAttachment("a.ics", "text/calendar", new byte[] {1}));
    }

    private static MimeMessage await(String recipient) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient);
    }
}
