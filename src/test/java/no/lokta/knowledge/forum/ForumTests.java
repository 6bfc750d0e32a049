package no.lokta.knowledge.forum;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Fora: composition by group, members over time, meetings, numbered decisions, mails and access. */
@LoktaTest
class ForumTests {

    @Autowired
    TestWorld worlds;

    @Autowired
    ForumManagement fora;

    @Autowired
    MemberManagement members;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    record Setting(TestWorld.World world, ForumSummary forum, UUID municipal, UUID gps) {}

    private Setting setting() {
        TestWorld.World w = worlds.create();
        ForumSummary forum =
                fora.create(w.id(), new ForumCommand("Samarbeidsforum", ForumKind.COLLABORATION_FORUM, ""));
        fora.addGroup(w.id(), forum.id(), new SeatGroupCommand("Kommunale tjenester", 6, null));
        UUID municipal = fora.forum(w.id(), forum.id()).groups().getFirst().id();
        fora.addGroup(w.id(), forum.id(), new SeatGroupCommand("Fastleger", 2, municipal));
        UUID gps = fora.forum(w.id(), forum.id()).groups().get(1).id();
        return new Setting(w, forum, municipal, gps);
    }

    @Test
    void seatsAreCountedWithTheirSubgroupsAndOnlyForMembersOfTheDay() {
        var s = setting();
        var c = s.world().id();
        fora.addMember(
                c,
                s.forum().id(),
                new MemberCommand(s.municipal(), "Anne", null, "", "", LocalDate.of(2020, 1, 1), null));
        fora.addMember(
                c, s.forum().id(), new MemberCommand(s.gps(), "Dag", null, "", "", LocalDate.of(2020, 1, 1), null));
        fora.addMember(
                c,
                s.forum().id(),
                new MemberCommand(
                        s.gps(), "Tidligere", null, "", "", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)));
        ForumSummary today = fora.forum(c, s.forum().id());
        assertThat(today.groups()).extracting(ForumSummary.Group::filled).containsExactly(2, 1);
        assertThat(today.groups()).extracting(ForumSummary.Group::vacant).containsExactly(4, 1);
        assertThat(today.seats()).isEqualTo(6);
        ForumSummary then = fora.forum(c, s.forum().id(), LocalDate.of(2019, 6, 1));
        assertThat(then.groups()).extracting(ForumSummary.Group::filled).containsExactly(1, 1);

        // subgroups hold no more seats than their group; a group with members stays
        assertThatThrownBy(
                        () -> fora.addGroup(c, s.forum().id(), new SeatGroupCommand("Spesialister", 5, s.municipal())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> fora.removeGroup(c, s.forum().id(), s.gps())).isInstanceOf(InvalidInput.class);
        assertThat(fora.forum(c, s.forum().id()).groups()).hasSize(2);
    }

    @Test
    void badInputIsRefusedAtTheFieldAndChangesNothing() {
        var s = setting();
        String f = "/knowledge/fora/" + s.forum().id();
        var coordinator = s.world().coordinator();
        assertThat(mvc.post()
                        .uri(f + "/members")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("groupId", s.gps().toString())
                        .param("name", "Dag")
                        .param("email", "ikke-en-adresse")
                        .param("fromDate", "2030-01-01")
                        .param("toDate", "2029-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig e-postadresse", "Perioden kan ikke slutte før den begynner.");
        assertThat(mvc.post()
                        .uri(f + "/meetings")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("title", "Møte")
                        .param("day", "2030-03-01")
                        .param("startTime", "15:00")
                        .param("endTime", "10:00"))
                .hasStatusOk()
                .bodyText()
                .contains("Møtet må slutte etter at det begynner.");
        assertThat(mvc.post()
                        .uri(f + "/groups")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("name", "Spesialister")
                        .param("seats", "9")
                        .param("parentId", s.municipal().toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Gruppen Kommunale tjenester har bare 4 plasser igjen til undergrupper.");
        UUID otherOrganisation = worlds.create().municipality().id();
        assertThat(mvc.post()
                        .uri(f + "/members")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("groupId", s.gps().toString())
                        .param("name", "Dag")
                        .param("organisationId", otherOrganisation.toString())
                        .param("fromDate", "2030-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en organisasjon i samarbeidet.");
        assertThat(fora.members(s.world().id(), s.forum().id())).isEmpty();
        assertThat(fora.meetings(s.world().id(), s.forum().id())).isEmpty();
        assertThat(fora.forum(s.world().id(), s.forum().id()).groups()).hasSize(2);
    }

    @Test
    void decisionsAreNumberedPerYearOneAtATime() throws Exception {
        var s = setting();
        var c = s.world().id();
        MeetingSummary meeting = fora.addMeeting(
                c,
                s.forum().id(),
                new MeetingCommand(
                        "Møte",
                        LocalDate.of(2030, 3, 1).atTime(10, 0),
                        LocalDate.of(2030, 3, 1).atTime(12, 0),
                        "",
                        ""));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<DecisionSummary>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String text = "Vedtak " + i;
            results.add(pool.submit(() -> {
                start.await();
                return fora.addDecision(
                        c, s.forum().id(), meeting.id(), new DecisionCommand(text, "", "", null, DecisionStatus.OPEN));
            }));
        }
        start.countDown();
        List<String> labels = new ArrayList<>();
        for (Future<DecisionSummary> r : results) {
            labels.add(r.get().label());
        }
        pool.shutdown();
        assertThat(labels).containsExactlyInAnyOrder("1/2030", "2/2030", "3/2030", "4/2030", "5/2030", "6/2030");
    }

    @Test
    void theAgendaAndTheMinutesAreMailedToTheMembersOfTheDay() {
        var s = setting();
        var c = s.world().id();
        var f = s.forum().id();
        fora.addMember(
                c,
                f,
                new MemberCommand(s.municipal(), "Anne", null, "", "anne@example.org", LocalDate.of(2020, 1, 1), null));
        fora.addMember(c, f, new MemberCommand(s.gps(), "Uten e-post", null, "", "", LocalDate.of(2020, 1, 1), null));
        fora.addMember(
                c,
                f,
                new MemberCommand(
                        s.gps(),
                        "Gikk ut",
                        null,
                        "",
                        "ute@example.org",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2029, 12, 31)));
        MeetingSummary meeting = fora.addMeeting(
                c,
                f,
                new MeetingCommand(
                        "Vårmøtet",
                        LocalDate.of(2030, 3, 1).atTime(10, 0),
                        LocalDate.of(2030, 3, 1).atTime(12, 0),
                        "Tromsø",
                        "1. Status"));
        String page = "/knowledge/fora/" + f + "/meetings/" + meeting.id();
        // no minutes yet: nothing to send
        assertThat(mvc.post()
                        .uri(page + "/minutes/send")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(outbox(c)).isEmpty();
        assertThat(mvc.post()
                        .uri(page + "/agenda/send")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(outbox(c))
                .containsExactly("anne@example.org|Innkalling: Samarbeidsforum, Vårmøtet 01.03.2030 kl. 10:00|true");
        UUID anne = fora.members(c, f).stream()
                .filter(m -> m.name().equals("Anne"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(mvc.post()
                        .uri(page + "/minutes")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .param("minutes", "Status ble gitt.")
                        .param("present", anne.toString()))
                .hasStatus3xxRedirection();
        fora.addDecision(c, f, meeting.id(), new DecisionCommand("Ny rutine", "", "Anne", null, DecisionStatus.OPEN));
        assertThat(mvc.post()
                        .uri(page + "/minutes/send")
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        String body = jdbc.sql(
                        "select body from platform.mail_outbox where collaboration_id = ? and subject like 'Referat%'")
                .param(c)
                .query(String.class)
                .single();
        assertThat(body).contains("Status ble gitt.", "Sak 1/2030: Ny rutine (ansvarlig: Anne)");
        assertThat(fora.meeting(c, f, meeting.id()).present()).containsExactly(anne);
        // a forged attendee is refused
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> fora.recordMinutes(c, f, meeting.id(), "x", Set.of(stranger)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void membersOfTheCollaborationReadTheCoordinatorChangesOthersAreOut() {
        var s = setting();
        var other = setting();
        String f = "/knowledge/fora/" + s.forum().id();
        assertThat(mvc.get().uri(f).with(as(s.world().contact()))).hasStatusOk();
        assertThat(mvc.get().uri(f).with(as(s.world().participant()))).hasStatus(403);
        assertThat(mvc.get().uri(f + "/edit").with(as(s.world().contact()))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(f + "/groups")
                        .with(as(s.world().contact()))
                        .with(csrf())
                        .param("name", "X")
                        .param("seats", "1"))
                .hasStatus(403);
        assertThat(mvc.get().uri(f).with(as(other.world().coordinator()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(f + "/groups/" + s.gps() + "/delete")
                        .with(as(other.world().coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(fora.forum(s.world().id(), s.forum().id()).groups()).hasSize(2);
    }

    @Test
    void allTheForumsMeetingsComeAsOneCalendarToItsReadersOnly() throws Exception {
        var s = setting();
        var other = setting();
        UUID c = s.world().id();
        fora.addMeeting(
                c,
                s.forum().id(),
                new MeetingCommand(
                        "Vårmøte",
                        java.time.LocalDateTime.of(2026, 3, 10, 10, 0),
                        java.time.LocalDateTime.of(2026, 3, 10, 14, 0),
                        "Kristiansand",
                        "1. Budsjett"));
        fora.addMeeting(
                c,
                s.forum().id(),
                new MeetingCommand(
                        "Høstmøte",
                        java.time.LocalDateTime.of(2026, 10, 6, 10, 0),
                        java.time.LocalDateTime.of(2026, 10, 6, 14, 0),
                        "Arendal",
                        ""));
        String f = "/knowledge/fora/" + s.forum().id() + "/calendar.ics";
        var result = mvc.get().uri(f).with(as(s.world().contact())).exchange();
        assertThat(result).hasStatusOk();
        String ics = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("Samarbeidsforum: Vårmøte", "Samarbeidsforum: Høstmøte", "LOCATION:Arendal");
        assertThat(mvc.get().uri(f).with(as(s.world().participant()))).hasStatus(403);
        assertThat(mvc.get().uri(f).with(as(other.world().coordinator()))).hasStatus(404);
    }

    @Test
    void helsedialogforumHasItsCompositionFromTheSource() {
        UUID helsedialog =
                members.collaborationNamed("Helsedialog").orElseThrow().id();
        UUID id = fora.fora(helsedialog).stream()
                .filter(f -> f.name().equals(HelsedialogForumDemoData.FORUM))
                .findFirst()
                .orElseThrow()
                .id();
        // on the day of the demo's meeting: members added later (by the browser journey) do not count
        ForumSummary forum = fora.forum(helsedialog, id, LocalDate.of(2007, 3, 14));
        assertThat(forum.groups())
                .extracting(ForumSummary.Group::name, ForumSummary.Group::seats)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kommunale tjenester", 6),
                        org.assertj.core.groups.Tuple.tuple("Fastleger", 2),
                        org.assertj.core.groups.Tuple.tuple("Privatpraktiserende spesialist", 1),
                        org.assertj.core.groups.Tuple.tuple("Helseforetak", 3),
                        org.assertj.core.groups.Tuple.tuple("Brukerorganisasjoner", 4),
                        org.assertj.core.groups.Tuple.tuple("Arbeidstakerorganisasjoner", 4));
        assertThat(forum.seats()).isEqualTo(17);
        assertThat(forum.filled()).isEqualTo(14);
    }

    private List<String> outbox(UUID collaborationId) {
        return jdbc.sql("""
                        select recipient || '|' || subject || '|' || (attachment is not null) from platform.mail_outbox
                        where collaboration_id = ? order by created_at""").param(collaborationId).query(String.class).list();
    }
}
