package no.lokta.programme.evaluation;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Course;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class EvaluationTests {

    private static final Pattern LINK = Pattern.compile("/programme/evaluations/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    JdbcClient jdbc;

    private String linkMailedTo(String email) {
        List<String> bodies = jdbc.sql(
                        "select body from platform.mail_outbox where recipient = ? and body like '%/programme/evaluations/%'")
                .param(email)
                .query(String.class)
                .list();
        assertThat(bodies).hasSize(1);
        Matcher m = LINK.matcher(bodies.getFirst());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int answers(Course c) {
        return jdbc.sql("select count(*) from programme.evaluation where activity_id = ? and answered_at is not null")
                .param(c.id())
                .query(Integer.class)
                .single();
    }

    @Test
    void completingSendsTheEvaluationToThoseWhoCameAndResultsAreShown() {
        var world = worlds.create();
        Course c = Course.of(programme, world, "Palliasjon", "Anne Ansatt", "Bjørn Berg");
        attendance.save(
                world.id(),
                c.id(),
                c.session(0),
                List.of(c.registration(0).id(), c.registration(1).id()),
                null);

        assertThat(mvc.post()
                        .uri("/programme/manage/activities/" + c.id() + "/complete")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("invited", 2);
        assertThat(programme.activity(world.id(), c.id()).status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(jdbc.sql(
                                "select count(*) from platform.mail_outbox where recipient = ? and body like '%/programme/evaluations/%'")
                        .param(c.registration(2).email())
                        .query(Integer.class)
                        .single())
                .isZero();
        // only the hash of the link is stored
        String secret = linkMailedTo(c.registration(1).email());
        assertThat(jdbc.sql("select count(*) from programme.evaluation where token_hash = ?")
                        .param(secret)
                        .query(Integer.class)
                        .single())
                .isZero();

        String page = "/programme/evaluations/" + secret;
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("Evaluering av Palliasjon", "Helhetsinntrykk");

        // bad answers change nothing
        assertThat(mvc.post()
                        .uri(page)
                        .param("overall", "6")
                        .param("usefulness", "3")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en karakter fra 1 til 5.");
        assertThat(mvc.post().uri(page).param("usefulness", "3").with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en karakter fra 1 til 5.");
        assertThat(mvc.post()
                        .uri(page)
                        .param("overall", "4")
                        .param("usefulness", "3")
                        .param("comment", "x".repeat(2001))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Kommentaren kan være høyst 2000 tegn.");
        assertThat(mvc.post()
                        .uri(page)
                        .param("overall", "fire")
                        .param("usefulness", "3")
                        .with(csrf()))
                .hasStatusOk();
        assertThat(answers(c)).isZero();

        assertThat(mvc.post()
                        .uri(page)
                        .param("overall", "4")
                        .param("usefulness", "5")
                        .param("comment", "Nyttige eksempler")
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page);
        assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("allerede besvart");
        assertThat(mvc.post()
                        .uri(page)
                        .param("overall", "1")
                        .param("usefulness", "1")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("allerede besvart");
        assertThat(answers(c)).isEqualTo(1);

        String other = linkMailedTo(c.registration(0).email());
        mvc.post()
                .uri("/programme/evaluations/" + other)
                .param("overall", "2")
                .param("usefulness", "3")
                .with(csrf())
                .exchange();

        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/evaluation")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("2 av 2 har svart.", "Snitt 3,0 av 5", "Snitt 4,0 av 5", "Nyttige eksempler")
                .doesNotContain("Anne Ansatt");

        // completing again invites nobody twice
        assertThat(mvc.post()
                        .uri("/programme/manage/activities/" + c.id() + "/complete")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .flash()
                .containsEntry("invited", 0);
    }

    @Test
    void unknownLinksAre404AndOnlyTheCoordinatorOfTheCollaborationCompletes() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "Rehabilitering");
        assertThat(mvc.get().uri("/programme/evaluations/" + "a".repeat(43))).hasStatus(404);
        assertThat(mvc.get().uri("/programme/evaluations/kort")).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/programme/evaluations/" + "a".repeat(43))
                        .param("overall", "3")
                        .param("usefulness", "3")
                        .with(csrf()))
                .hasStatus(404);

        assertThat(mvc.post()
                        .uri("/programme/manage/activities/" + c.id() + "/complete")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/programme/manage/activities/" + c.id() + "/complete")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/evaluation")
                        .with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/evaluation")
                        .with(as(world.contact())))
                .hasStatus(403);
        assertThat(programme.activity(world.id(), c.id()).status()).isEqualTo(ActivityStatus.PUBLISHED);
    }

    @Test
    void answersAreCheckedInTheDomainToo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EvaluationAnswer(0, 6, ""))
                .isInstanceOfSatisfying(no.lokta.platform.web.InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(no.lokta.platform.web.InvalidInput.FieldProblem::field)
                        .containsExactly("overall", "usefulness"));
        assertThat(new EvaluationAnswer(5, 1, "  ok  ").comment()).isEqualTo("ok");
    }
}
