package no.lokta.platform.mail;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The outbox page: the current collaboration's mails, and in demo mode those of no collaboration. */
@LoktaTest
class OutboxPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MailOutbox outbox;

    @Test
    void showsThisCollaborationsMailsAndInDemoModeThoseOfNone() {
        var world = worlds.create();
        var other = worlds.create();
        String mine = "Mine " + UUID.randomUUID();
        String theirs = "Theirs " + UUID.randomUUID();
        String nobodys = "Nobodys " + UUID.randomUUID();
        outbox.queue(world.id(), "a@example.org", mine, "Body of mine");
        outbox.queue(other.id(), "b@example.org", theirs, "Body of theirs");
        outbox.queue(null, "c@example.org", nobodys, "Body of nobody");

        assertThat(mvc.get().uri("/admin/outbox").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Utgående e-post", mine, "Body of mine", "Hva statusene betyr", "Ingen e-posttjener (SMTP)")
                .contains("Demomodus", "(uten samarbeid)", "Body of nobody")
                .doesNotContain(theirs, "Body of theirs");
    }

    @Test
    void onlyCoordinatorsSeeTheOutbox() {
        var world = worlds.create();

        assertThat(mvc.get().uri("/admin/outbox").with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/outbox").with(as(world.contact()))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/outbox?page=x").with(as(world.coordinator())))
                .hasStatusOk();
    }
}
