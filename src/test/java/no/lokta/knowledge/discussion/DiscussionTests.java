package no.lokta.knowledge.discussion;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.network.BodyKind;
import no.lokta.network.BodyMembershipCommand;
import no.lokta.network.BodyRole;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A network's discussion space: writing, refusals, access, moderation and locking. */
@LoktaTest
class DiscussionTests {

    static final byte[] PDF = "%PDF-1.7\n%test\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestWorld worlds;

    @Autowired
    NetworkManagement networks;

    @Autowired
    PeopleManagement people;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** A world with a network and a member of its resource group. */
    record Setting(TestWorld.World world, NetworkSummary network, LoktaUser resource) {

        UUID id() {
            return world.id();
        }

        String base() {
            return "/knowledge/networks/" + network.id() + "/discussion";
        }
    }

    @Autowired
    DiscussionFixtures fixtures;

    private Setting setting() {
        return fixtures.create();
    }

    static Writer writer(LoktaUser u) {
        return new Writer(u.accountId(), u.displayName(), false);
    }

    private long posts(Setting s) {
        return jdbc.sql("select count(*) from knowledge.discussion_post p join knowledge.discussion_thread t"
                        + " on t.id = p.thread_id where t.collaboration_id = ?")
                .param(s.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aPersonWithARoleStartsAThreadWithAFileAndOthersReply() {
        var s = setting();
        assertThat(mvc.post()
                        .uri(s.base())
                        .multipart()
                        .file(new MockMultipartFile("file", "C:\\fakepath\\rutine.pdf", "application/pdf", PDF))
                        .param("title", "Rutiner for demens")
                        .param("text", "Hvordan gjør dere det?\nVi lurer.")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        ThreadSummary thread = discussions.threads(s.id(), s.network().id()).getFirst();
        assertThat(thread.title()).isEqualTo("Rutiner for demens");
        String path = s.base() + "/threads/" + thread.id();
        assertThat(mvc.post()
                        .uri(path + "/replies")
                        .multipart()
                        .param("text", "Vi bruker <b>sjekkliste</b>.")
                        .with(as(s.world().contact()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(path).with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Hvordan gjør dere det?", "rutine.pdf", "Ikke skriv helseopplysninger");
        assertThat(mvc.get().uri(path).with(as(s.world().contact())).exchange().getResponse())
                .satisfies(r -> assertThat(r.getContentAsString()).contains("&lt;b&gt;sjekkliste"));
        // both writers follow the thread; the contact can stop following
        assertThat(discussions.follows(
                        s.id(),
                        s.network().id(),
                        thread.id(),
                        s.world().participant().accountId()))
                .isTrue();
        assertThat(discussions.follows(
                        s.id(),
                        s.network().id(),
                        thread.id(),
                        s.world().contact().accountId()))
                .isTrue();
        assertThat(mvc.post()
                        .uri(path + "/unfollow")
                        .with(as(s.world().contact()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(discussions.follows(
                        s.id(),
                        s.network().id(),
                        thread.id(),
                        s.world().contact().accountId()))
                .isFalse();
        // the attachment downloads as an attachment that is not sniffed
        PostSummary opening = discussions
                .posts(s.id(), s.network().id(), thread.id(), writer(s.world().contact()))
                .getFirst();
        var download = mvc.get()
                .uri(path + "/posts/" + opening.id() + "/attachment")
                .with(as(s.world().contact()))
                .exchange()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; filename=\"rutine.pdf\"");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        // the overview lists the network with its thread
        assertThat(mvc.get().uri("/knowledge/discussions").with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains(s.network().name());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        var s = setting();
        assertThat(mvc.post()
                        .uri(s.base())
                        .multipart()
                        .param("title", "Tittel")
                        .param("text", "   ")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Ikke skriv helseopplysninger");
        assertThat(mvc.post()
                        .uri(s.base())
                        .multipart()
                        .file(new MockMultipartFile("file", "program.exe", "application/pdf", PDF))
                        .param("title", "Tittel")
                        .param("text", "Tekst")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Denne filtypen kan ikke lastes opp.");
        assertThat(mvc.post()
                        .uri(s.base())
                        .multipart()
                        .file(new MockMultipartFile("file", "falsk.pdf", "application/pdf", "MZ".getBytes()))
                        .param("title", "Tittel")
                        .param("text", "Tekst")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Innholdet i filen passer ikke til filtypen i navnet.");
        assertThat(discussions.threads(s.id(), s.network().id())).isEmpty();
        assertThat(posts(s)).isZero();

        ThreadSummary t = discussions.start(
                s.id(), s.network().id(), writer(s.world().participant()), new ThreadCommand("Tråd", "Tekst"), null);
        String path = s.base() + "/threads/" + t.id();
        assertThat(mvc.post()
                        .uri(path + "/replies")
                        .multipart()
                        .param("text", "")
                        .with(as(s.world().contact()))
                        .with(csrf()))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri(path + "/replies")
                        .multipart()
                        .file(new MockMultipartFile("file", "falsk.png", "image/png", PDF))
                        .param("text", "Med bilde")
                        .with(as(s.world().contact()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Innholdet i filen passer ikke til filtypen i navnet.");
        assertThat(posts(s)).isEqualTo(1);
    }

    @Test
    void anotherCollaborationsNetworkAndThreadAreNotFound() {
        var s = setting();
        var other = setting();
        ThreadSummary theirs = discussions.start(
                other.id(),
                other.network().id(),
                writer(other.world().participant()),
                new ThreadCommand("Deres tråd", "Tekst"),
                null);
        LoktaUser me = s.world().coordinator();
        assertThat(mvc.get().uri(other.base()).with(as(me))).hasStatus(404);
        assertThat(mvc.get().uri(other.base() + "/threads/" + theirs.id()).with(as(me)))
                .hasStatus(404);
        // their thread under my network is not found either
        assertThat(mvc.get().uri(s.base() + "/threads/" + theirs.id()).with(as(me)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(other.base() + "/threads/" + theirs.id() + "/replies")
                        .multipart()
                        .param("text", "Hei")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(s.base() + "/threads/" + theirs.id() + "/lock")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(discussions
                        .thread(other.id(), other.network().id(), theirs.id())
                        .replies())
                .isZero();
    }

    @Test
    void aPersonWithoutARoleInTheCollaborationIsRefused() {
        var s = setting();
        ThreadSummary t = discussions.start(
                s.id(), s.network().id(), writer(s.world().participant()), new ThreadCommand("Tråd", "Tekst"), null);
        LoktaUser noRole = new LoktaUser(
                UUID.randomUUID(),
                "uten-rolle@example.org",
                "Uten rolle",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        s.id(), s.world().collaboration().name(), Set.of(), null)));
        assertThat(mvc.get().uri("/knowledge/discussions").with(as(noRole))).hasStatus(403);
        assertThat(mvc.get().uri(s.base()).with(as(noRole))).hasStatus(403);
        assertThat(mvc.get().uri(s.base() + "/threads/" + t.id()).with(as(noRole)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(s.base() + "/threads/" + t.id() + "/replies")
                        .multipart()
                        .param("text", "Hei")
                        .with(as(noRole))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(posts(s)).isEqualTo(1);
    }

    @Test
    void onlyModeratorsHideRestoreAndLockAndALockedThreadTakesNoReplies() {
        var s = setting();
        ThreadSummary t = discussions.start(
                s.id(), s.network().id(), writer(s.world().participant()), new ThreadCommand("Tråd", "Tekst"), null);
        PostSummary reply = discussions.reply(
                s.id(), s.network().id(), t.id(), writer(s.world().contact()), "Et uheldig svar", null);
        String path = s.base() + "/threads/" + t.id();
        String hide = path + "/posts/" + reply.id() + "/hide";

        // neither a participant nor a municipality contact moderates
        for (LoktaUser other : List.of(s.world().participant(), s.world().contact())) {
            assertThat(mvc.get().uri(hide).with(as(other))).hasStatus(403);
            assertThat(mvc.post()
                            .uri(hide)
                            .param("reason", "Nei")
                            .with(as(other))
                            .with(csrf()))
                    .hasStatus(403);
            assertThat(mvc.post().uri(path + "/lock").with(as(other)).with(csrf()))
                    .hasStatus(403);
        }
        assertThat(mvc.get().uri(path).with(as(s.world().participant())))
                .bodyText()
                .doesNotContain("Skjul", "Lås tråden");

        // a moderator must give a reason
        assertThat(mvc.post()
                        .uri(hide)
                        .param("reason", " ")
                        .with(as(s.resource()))
                        .with(csrf()))
                .hasStatusOk();
        assertThat(discussions
                        .post(s.id(), s.network().id(), t.id(), reply.id())
                        .hidden())
                .isFalse();
        // the resource group member hides the post
        assertThat(mvc.get().uri(hide).with(as(s.resource()))).hasStatusOk();
        assertThat(mvc.post()
                        .uri(hide)
                        .param("reason", "Personopplysninger")
                        .with(as(s.resource()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        PostSummary hidden = discussions.post(s.id(), s.network().id(), t.id(), reply.id());
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.moderation())
                .contains("skjult", "Personopplysninger", s.resource().displayName());
        assertThat(mvc.get().uri(path).with(as(s.world().participant())))
                .bodyText()
                .contains("Innlegget er skjult av moderator")
                .doesNotContain("Et uheldig svar");
        assertThat(mvc.get().uri(path).with(as(s.resource())))
                .bodyText()
                .contains("Et uheldig svar", "Personopplysninger");
        // the coordinator restores it
        assertThat(mvc.post()
                        .uri(path + "/posts/" + reply.id() + "/restore")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        PostSummary restored = discussions.post(s.id(), s.network().id(), t.id(), reply.id());
        assertThat(restored.hidden()).isFalse();
        assertThat(restored.moderation()).contains("skjult", "gjenopprettet");

        // the moderator locks the thread; no one can reply then
        assertThat(mvc.post().uri(path + "/lock").with(as(s.resource())).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(path + "/replies")
                        .multipart()
                        .param("text", "Etter låsing")
                        .with(as(s.world().participant()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Tråden er låst.");
        assertThat(discussions.thread(s.id(), s.network().id(), t.id()).replies())
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        discussions.reply(s.id(), s.network().id(), t.id(), writer(s.resource()), "Likevel", null))
                .isInstanceOf(no.lokta.platform.web.InvalidInput.class);
        assertThat(mvc.post()
                        .uri(path + "/unlock")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(discussions.thread(s.id(), s.network().id(), t.id()).locked())
                .isFalse();
    }

    @Test
    void aResourceGroupMemberOfAnotherNetworkDoesNotModerate() {
        var s = setting();
        NetworkSummary second = networks.createNetwork(
                s.id(), new NetworkCommand("Psykisk helse", "", "", NetworkStatus.ACTIVE, List.of()));
        assertThat(discussions.moderates(s.id(), s.network().id(), writer(s.resource())))
                .isTrue();
        assertThat(discussions.moderates(s.id(), second.id(), writer(s.resource())))
                .isFalse();
        networks.addMembership(
                s.id(),
                second.id(),
                new BodyMembershipCommand(
                        BodyKind.RESOURCE_GROUP,
                        null,
                        s.world().participant().accountId(),
                        BodyRole.MEMBER,
                        LocalDate.now().plusDays(10),
                        null));
        assertThat(discussions.moderates(s.id(), second.id(), writer(s.world().participant())))
                .isFalse();
    }
}
