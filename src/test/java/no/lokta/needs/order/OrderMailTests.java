package no.lokta.needs.order;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The provider's people get a real mail when an order is sent to them, and no one else's provider does. */
@LoktaTest
class OrderMailTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Providers providers;

    @Autowired
    OrderManagement orders;

    @Test
    void theProviderIsToldWhenAnOrderIsSent() throws Exception {
        var s = providers.create();
        OrderSummary order =
                orders.create(s.id(), providers.order(s, s.college().id(), "Kurs i sårbehandling"));
        assertThat(mvc.post()
                        .uri("/needs/orders/" + order.id() + "/status")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("to", "SENT"))
                .hasStatus3xxRedirection();
        MimeMessage mail = await(s.collegePartner().email());
        assertThat(mail.getSubject()).isEqualTo("Bestilling fra Løkta: Kurs i sårbehandling");
        String body = text(mail.getContent());
        assertThat(body).contains("Kurs i sårbehandling", "01.04.2030", "Bardufoss");
        assertThat(body).contains("/needs/orders/" + order.id());
        assertThat(received(s.hospitalPartner().email())).isFalse();
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

    private static boolean received(String recipient) throws Exception {
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (isTo(m, recipient)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTo(MimeMessage m, String recipient) throws Exception {
        var to = m.getRecipients(Message.RecipientType.TO);
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    }
}
