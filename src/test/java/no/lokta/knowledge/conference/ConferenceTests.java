package no.lokta.knowledge.conference;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Dialogue conferences and their outcomes: the demo, bad input, other kinds, roles and collaborations. */
@LoktaTest
class ConferenceTests {

    @Autowired
    ConferenceManagement conferences;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    MockMvcTester mvc;

    private ActivitySummary activity(UUID c, ActivityKind kind) {
        LocalDate day = LocalDate.of(2030, 5, 2);
        return programme.createActivity(
                c,
                new ActivityCommand(
                        null,
                        kind,
                        "Konferanse",
                        "",
                        Audience.LEADERS,
                        List.of(new SessionCommand(day.atTime(9, 0), day.atTime(15, 0), "Tromsø", "")),
                        50,
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        BigDecimal.ZERO,
                        "",
                        ActivityStatus.PUBLISHED,
                        null));
    }

    @Test
    void helsedialogHeldFourDialogueConferencesWithOutcomes() {
        UUID helsedialog =
                members.collaborationNamed("Helsedialog").orElseThrow().id();
        List<ConferenceSummary> all = conferences.conferences(helsedialog);
        assertThat(all).hasSize(4);
        assertThat(all).allSatisfy(c -> assertThat(c.outcomes()).isNotEmpty());
        assertThat(all.getFirst().title()).isEqualTo("Dialogkonferanse om IKT og helsenettet");
    }

    @Test
    void outcomesAreRecordedForDialogueConferencesOnly() {
        var w = worlds.create();
        ActivitySummary conference = activity(w.id(), ActivityKind.DIALOGUE_CONFERENCE);
        ActivitySummary course = activity(w.id(), ActivityKind.COURSE);
        String outcomes = "/knowledge/conferences/" + conference.id() + "/outcomes";
        assertThat(mvc.post()
                        .uri(outcomes)
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("text", " ")
                        .param("field", "SERVICES")
                        .param("status", "AGREED"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.");
        assertThat(mvc.post()
                        .uri(outcomes)
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("text", "Felles rutine for utskrivning")
                        .param("field", "SERVICES")
                        .param("responsible", "Arbeidsgruppen")
                        .param("status", "AGREED"))
                .hasStatus3xxRedirection();
        assertThat(conferences.conference(w.id(), conference.id()).outcomes())
                .singleElement()
                .satisfies(o -> assertThat(o.text()).isEqualTo("Felles rutine for utskrivning"));
        // a course is not a dialogue conference; another collaboration's conference is not found
        assertThat(mvc.get().uri("/knowledge/conferences/" + course.id()).with(as(w.coordinator())))
                .hasStatus(404);
        var other = worlds.create();
        assertThat(mvc.get().uri("/knowledge/conferences/" + conference.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(outcomes)
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("text", "Fremmed")
                        .param("field", "SERVICES")
                        .param("status", "AGREED"))
                .hasStatus(404);
        // the members read; only the coordinator records
        assertThat(mvc.get().uri("/knowledge/conferences/" + conference.id()).with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Felles rutine for utskrivning");
        assertThat(mvc.get().uri(outcomes + "/new").with(as(w.contact()))).hasStatus(403);
        assertThat(mvc.get().uri("/knowledge/conferences").with(as(w.participant())))
                .hasStatus(403);
        assertThat(conferences.conference(w.id(), conference.id()).outcomes()).hasSize(1);
    }
}
