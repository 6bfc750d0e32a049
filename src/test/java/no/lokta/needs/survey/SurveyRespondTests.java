package no.lokta.needs.survey;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
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

@LoktaTest
class SurveyRespondTests {

    private static final Pattern LINK = Pattern.compile("/needs/respond/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

    record Published(UUID id, Survey.Question count, Survey.Question matrix, Survey.Question choice) {}

    private Published published(TestWorld.World w) {
        UUID id = surveys.create(w.id(), new SurveyCommand("Behov 2028", "Svar for kommunen."))
                .id();
        UUID about = surveys.addSection(w.id(), id, new SectionCommand("Om kommunen", ""));
        surveys.addQuestion(
                w.id(),
                id,
                about,
                new QuestionCommand(
                        QuestionKind.NUMBER, "Hvor mange årsverk?", "", true, List.of(), List.of(), List.of()));
        UUID needs = surveys.addSection(w.id(), id, new SectionCommand("Behov", ""));
        surveys.addQuestion(
                w.id(),
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.MATRIX,
                        "Hvor mange trenger hva?",
                        "",
                        false,
                        List.of(),
                        List.of("Sykepleiere", "Assistenter"),
                        List.of("Demens", "Lindrende")));
        surveys.addQuestion(
                w.id(),
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.SINGLE_CHOICE,
                        "Har dere plan?",
                        "",
                        true,
                        List.of("Ja", "Nei"),
                        List.of(),
                        List.of()));
        surveys.publish(w.id(), id);
        Survey s = surveys.survey(w.id(), id);
        return new Published(
                id,
                s.sections().get(0).questions().get(0),
                s.sections().get(1).questions().get(0),
                s.sections().get(1).questions().get(1));
    }

    private String linkSentTo(String email) {
        String body = jdbc.sql("select body from platform.mail_outbox where recipient = ? order by created_at desc")
                .param(email)
                .query(String.class)
                .list()
                .getFirst();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void aContactAnswersThroughThePersonalLinkSavesResumesAndSubmits() {
        var w = worlds.create();
        Published p = published(w);
        String other = "leder-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/send")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("contacts", "true")
                        .param("emails", other + "\n")
                        .param("expiresOn", surveys.today().plusDays(7).toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("sent", 2);
        // sending again gives nobody a second link
        assertThat(surveys.send(
                        w.id(),
                        p.id(),
                        new SendCommand(true, List.of(other), surveys.today().plusDays(7))))
                .isZero();
        String token = linkSentTo(w.contact().email());
        assertThat(jdbc.sql("select count(*) from needs.survey_link where token_hash = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        assertThat(mvc.get().uri("/needs/surveys/" + p.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Svar per kommune", "Bardu", "Ikke påbegynt", "Andre mottakere");

        String page = "/needs/respond/" + token;
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Behov 2028",
                        "Hvor mange årsverk?",
                        "Sykepleiere",
                        w.contact().email());
        // a value that cannot be is refused at its question, and nothing is saved
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("save", "x")
                        .param("q-" + p.count().id(), "mange"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Skriv et tall fra 0 til",
                        "aria-invalid=\"true\"",
                        "href=\"#q-" + p.count().id() + "\"");
        assertThat(answers(p.id())).isZero();
        // save part of it, blank matrix cells allowed
        String cell = "q-" + p.matrix().id() + "-r1-k2";
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("save", "x")
                        .param("q-" + p.count().id(), "")
                        .param(cell, "4")
                        .param("q-" + p.matrix().id() + "-r2-k1", ""))
                .hasStatus3xxRedirection();
        assertThat(answers(p.id())).isOne();
        assertThat(jdbc.sql("""
                        select number_value from needs.survey_answer where question_id = ? and row_key = 'r1'
                          and column_key = 'k2'""").param(p.matrix().id()).query(BigDecimal.class).single())
                .isEqualByComparingTo("4");
        // resumed later with the same link
        assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("name=\"" + cell + "\"", "value=\"4\"");
        assertThat(mvc.get().uri("/needs/surveys/" + p.id()).with(as(w.coordinator())))
                .bodyText()
                .contains("Delvis besvart");
        // required questions are enforced at the submit; what was given stays saved
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("submit", "true")
                        .param("q-" + p.count().id(), "120")
                        .param(cell, "4"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Dette spørsmålet må besvares.", "id=\"q-" + p.choice().id() + "-error\"")
                .doesNotContain("id=\"q-" + p.count().id() + "-error\"");
        assertThat(answers(p.id())).isEqualTo(2);
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("submit", "true")
                        .param("q-" + p.count().id(), "120")
                        .param(cell, "4")
                        .param(
                                "q-" + p.choice().id(),
                                p.choice().choices().getFirst().key()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("Takk for svaret", "kan ikke endres");
        // a second submit or save is refused; nothing changes
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("submit", "true")
                        .param("q-" + p.count().id(), "1"))
                .hasStatus(409)
                .bodyText()
                .contains("Svaret er alt sendt inn");
        assertThat(mvc.post()
                        .uri(page)
                        .with(csrf())
                        .param("save", "x")
                        .param("q-" + p.count().id(), "1"))
                .hasStatus(409);
        assertThat(jdbc.sql("select number_value from needs.survey_answer where question_id = ?")
                        .param(p.count().id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("120");
        assertThat(mvc.get().uri("/needs/surveys/" + p.id()).with(as(w.coordinator())))
                .bodyText()
                .contains("Besvart");
    }

    @Test
    void anUnknownOrExpiredLinkGetsAClearPage() {
        var w = worlds.create();
        Published p = published(w);
        assertThat(mvc.get().uri("/needs/respond/forged-" + UUID.randomUUID()))
                .hasStatus(404)
                .bodyText()
                .contains("Vi finner ingen kartlegging for denne lenken.");
        assertThat(mvc.post().uri("/needs/respond/forged").with(csrf()).param("submit", "true"))
                .hasStatus(404);
        String email = "utlopt-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        surveys.send(w.id(), p.id(), new SendCommand(false, List.of(email), surveys.today()));
        String token = linkSentTo(email);
        assertThat(mvc.get().uri("/needs/respond/" + token)).hasStatusOk();
        jdbc.sql("update needs.survey_recipient set expires_on = expires_on - 1 where email = ?")
                .param(email)
                .update();
        assertThat(mvc.get().uri("/needs/respond/" + token))
                .hasStatus(410)
                .bodyText()
                .contains("Fristen for å svare gjennom denne lenken er ute.");
        assertThat(mvc.post()
                        .uri("/needs/respond/" + token)
                        .with(csrf())
                        .param("save", "x")
                        .param("q-" + p.count().id(), "3"))
                .hasStatus(410);
        assertThat(answers(p.id())).isZero();
    }

    @Test
    void onlyThePublishedSurveysCoordinatorSendsIt() {
        var w = worlds.create();
        var other = worlds.create();
        Published p = published(w);
        UUID draft = surveys.create(w.id(), new SurveyCommand("Utkast", "")).id();
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + draft + "/send")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("contacts", "true")
                        .param("expiresOn", surveys.today().plusDays(7).toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "survey.send.notPublished");
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/send")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("emails", "ikke-en-adresse")
                        .param("expiresOn", surveys.today().minusDays(1).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("er ikke en gyldig e-postadresse", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/send")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("contacts", "true")
                        .param("expiresOn", surveys.today().plusDays(7).toString()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/needs/surveys/" + p.id() + "/send")
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("contacts", "true")
                        .param("expiresOn", surveys.today().plusDays(7).toString()))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from needs.survey_recipient where survey_id = ?")
                        .param(p.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private int answers(UUID surveyId) {
        return jdbc.sql("""
                        select count(*) from needs.survey_answer a join needs.survey_response r on r.id = a.response_id
                        where r.survey_id = ?""").param(surveyId).query(Integer.class).single();
    }
}
