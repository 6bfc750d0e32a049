package no.lokta.needs.survey;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Reminders to those who have not answered: a fresh link each, the first one still working. */
@LoktaTest
class SurveyReminderTests {

    private static final Pattern LINK = Pattern.compile("/needs/respond/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

    private UUID published(TestWorld.World w) {
        UUID id = surveys.create(w.id(), new SurveyCommand("Påminnelsesprøve", ""))
                .id();
        UUID section = surveys.addSection(w.id(), id, new SectionCommand("Del 1", ""));
        surveys.addQuestion(
                w.id(),
                id,
                section,
                new QuestionCommand(QuestionKind.NUMBER, "Hvor mange?", "", true, List.of(), List.of(), List.of()));
        surveys.publish(w.id(), id);
        return id;
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql(
                        "select subject || '\n' || body from platform.mail_outbox where recipient = ? order by created_at")
                .param(email)
                .query(String.class)
                .list();
    }

    private static String link(String mail) {
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).as(mail).isTrue();
        return m.group(1);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    }

    @Test
    void onlyThoseWhoHaveNotSubmittedAndWhoseLinkWorksAreReminded() {
        var w = worlds.create();
        UUID id = published(w);
        String done = address("ferdig");
        String started = address("halvveis");
        String silent = address("stille");
        String late = address("utlopt");
        surveys.send(
                w.id(),
                id,
                new SendCommand(
                        false, List.of(done, started, silent), surveys.today().plusDays(7)));
        surveys.send(
                w.id(),
                id,
                new SendCommand(false, List.of(late), surveys.today().minusDays(1)),
                surveys.today().minusDays(3));
        String question = "q-"
                + surveys.survey(w.id(), id)
                        .sections()
                        .getFirst()
                        .questions()
                        .getFirst()
                        .id();
        String doneLink = link(mailsTo(done).getFirst());
        assertThat(mvc.post()
                        .uri("/needs/respond/" + doneLink)
                        .with(csrf())
                        .param("submit", "true")
                        .param(question, "3"))
                .hasStatus3xxRedirection();
        String firstLink = link(mailsTo(started).getFirst());
        assertThat(mvc.post()
                        .uri("/needs/respond/" + firstLink)
                        .with(csrf())
                        .param("save", "x")
                        .param(question, "2"))
                .hasStatus3xxRedirection();

        assertThat(mvc.post()
                        .uri("/needs/surveys/" + id + "/remind")
                        .with(csrf())
                        .with(as(w.coordinator())))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("reminded", 2);
        assertThat(mailsTo(done)).hasSize(1);
        assertThat(mailsTo(late)).hasSize(1);
        assertThat(mailsTo(silent)).hasSize(2).last().asString().startsWith("Påminnelse: Påminnelsesprøve");
        List<String> toStarted = mailsTo(started);
        assertThat(toStarted).hasSize(2).last().asString().contains("Du har begynt på kartleggingen");
        String fresh = link(toStarted.getLast());
        assertThat(fresh).isNotEqualTo(firstLink);
        // both links open the same saved answer
        for (String token : List.of(firstLink, fresh)) {
            assertThat(mvc.get().uri("/needs/respond/" + token))
                    .hasStatusOk()
                    .bodyText()
                    .contains("value=\"2\"");
        }
        assertThat(mvc.post()
                        .uri("/needs/respond/" + fresh)
                        .with(csrf())
                        .param("submit", "true")
                        .param(question, "2"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/needs/respond/" + firstLink))
                .hasStatusOk()
                .bodyText()
                .contains("Takk for svaret");
        assertThat(jdbc.sql("select sum(reminders) from needs.survey_recipient where survey_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // a second round reaches only the one still silent
        assertThat(surveys.remind(w.id(), id)).isOne();
    }

    @Test
    void onlyThePublishedSurveysCoordinatorReminds() {
        var w = worlds.create();
        UUID id = published(w);
        String silent = address("stille");
        surveys.send(
                w.id(),
                id,
                new SendCommand(false, List.of(silent), surveys.today().plusDays(7)));
        String uri = "/needs/surveys/" + id + "/remind";
        assertThat(mvc.post().uri(uri).with(csrf()).with(as(w.contact()))).hasStatus(403);
        assertThat(mvc.post().uri(uri).with(csrf()).with(as(worlds.create().coordinator())))
                .hasStatus(404);
        assertThat(mvc.post().uri(uri).with(as(w.coordinator())))
                .as("no CSRF token")
                .hasStatus(403);
        assertThat(mailsTo(silent)).hasSize(1);
        UUID draft = surveys.create(w.id(), new SurveyCommand("Utkast", "")).id();
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + draft + "/remind")
                        .with(csrf())
                        .with(as(w.coordinator())))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "survey.send.notPublished");
    }
}
