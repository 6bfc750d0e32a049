package no.lokta.programme.evaluation;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.Course;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Completing an activity: only its collaboration's coordinator; earlier evaluation links lead on. */
@LoktaTest
class EvaluationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Test
    void onlyTheCoordinatorOfTheCollaborationCompletesAndSeesTheEvaluation() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "Rehabilitering");
        String complete = "/programme/manage/activities/" + c.id() + "/complete";
        assertThat(mvc.post().uri(complete).with(as(world.participant())).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post().uri(complete).with(as(other.coordinator())).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri(complete).with(as(world.coordinator())))
                .as("no CSRF token")
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/programme/manage/activities/" + c.id() + "/evaluation")
                        .with(as(world.contact())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/needs/evaluations/" + c.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/needs/evaluations/" + c.id()).with(as(world.contact())))
                .hasStatus(403);
        assertThat(programme.activity(world.id(), c.id()).status()).isEqualTo(ActivityStatus.PUBLISHED);
        assertThat(mvc.get().uri("/needs/evaluations/" + c.id()).with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Ingen evaluering ennå");

        assertThat(mvc.post().uri(complete).with(as(world.coordinator())).with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("completed", true);
        assertThat(programme.activity(world.id(), c.id()).status()).isEqualTo(ActivityStatus.COMPLETED);
    }

    @Test
    void aLinkMailedBeforeEvaluationsWereSurveysLeadsToTheSurvey() {
        String secret = "a".repeat(43);
        assertThat(mvc.get().uri("/programme/evaluations/" + secret))
                .hasStatus(301)
                .hasRedirectedUrl("/needs/respond/" + secret);
        assertThat(mvc.get().uri("/needs/respond/" + secret)).hasStatus(404);
    }
}
