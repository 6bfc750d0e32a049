package no.lokta.needs.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** LØKTA's published survey of competence needs for 2027, with a matrix of professions and topics. */
@Component
@Order(70)
class SurveyDemoData implements DemoData {

    static final String TITLE = "Kartlegging av kompetansebehov 2027";

    private final SurveyManagement surveys;
    private final MemberManagement members;

    SurveyDemoData(SurveyManagement surveys, MemberManagement members) {
        this.surveys = surveys;
        this.members = members;
    }

    @Override
    public List<String> load() {
        UUID lokta = members.collaborationNamed("LØKTA").orElseThrow().id();
        UUID id = surveys.create(
                        lokta,
                        new SurveyCommand(
                                TITLE,
                                "Kartleggingen samler kommunenes behov for kurs og videreutdanning i 2027. "
                                        + "Svarene brukes til å planlegge programmet og bestille utdanning "
                                        + "sammen. Kommunekontakten svarer for kommunen, gjerne etter samråd "
                                        + "med lederne i helse og omsorg."))
                .id();
        UUID about = surveys.addSection(
                lokta, id, new SectionCommand("Om kommunen", "Svar for hele helse- og omsorgstjenesten."));
        surveys.addQuestion(
                lokta,
                id,
                about,
                new QuestionCommand(
                        QuestionKind.NUMBER,
                        "Hvor mange årsverk har helse- og omsorgstjenesten i kommunen?",
                        "Omtrentlig tall holder.",
                        true,
                        List.of(),
                        List.of(),
                        List.of()));
        surveys.addQuestion(
                lokta,
                id,
                about,
                new QuestionCommand(
                        QuestionKind.SINGLE_CHOICE,
                        "Har kommunen en oppdatert kompetanseplan?",
                        "",
                        true,
                        List.of("Ja", "Under arbeid", "Nei"),
                        List.of(),
                        List.of()));
        UUID needs = surveys.addSection(
                lokta, id, new SectionCommand("Kompetansebehov", "Tenk på behovet de neste to årene."));
        surveys.addQuestion(
                lokta,
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.MATRIX,
                        "Hvor mange trenger opplæring i hvert tema, fordelt på yrkesgruppe?",
                        "Skriv antall personer. La ruten stå tom om behovet ikke gjelder.",
                        false,
                        List.of(),
                        List.of("Sykepleiere", "Helsefagarbeidere", "Assistenter", "Fysioterapeuter"),
                        List.of("Demensomsorg", "Lindrende behandling", "Legemiddelhåndtering", "Velferdsteknologi")));
        surveys.addQuestion(
                lokta,
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.MULTIPLE_CHOICE,
                        "Hvilke opplæringsformer passer for dere?",
                        "",
                        false,
                        List.of("Fellessamlinger", "Nettkurs", "Hospitering", "Videreutdanning"),
                        List.of(),
                        List.of()));
        surveys.addQuestion(
                lokta,
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.SCALE,
                        "I hvilken grad dekker dagens tilbud fra LØKTA behovene deres?",
                        "",
                        true,
                        List.of(),
                        List.of(),
                        List.of()));
        surveys.addQuestion(
                lokta,
                id,
                needs,
                new QuestionCommand(
                        QuestionKind.LONG_TEXT,
                        "Andre behov eller kommentarer",
                        "",
                        false,
                        List.of(),
                        List.of(),
                        List.of()));
        surveys.publish(lokta, id);
        surveys.setThreshold(lokta, id, 1);
        answer(
                lokta,
                id,
                "Bardu",
                "180",
                "c2",
                "4",
                List.of("c1", "c3"),
                new int[][] {{6, 4, 2, 3}, {8, 5, 6, 2}, {4, 2, 3, 1}, {0, 1, 0, 2}},
                "Vi trenger mer kompetanse på veiledning av studenter og nyansatte.");
        answer(
                lokta,
                id,
                "Senja",
                "610",
                "c1",
                "3",
                List.of("c1", "c2", "c4"),
                new int[][] {{14, 9, 6, 8}, {20, 12, 15, 6}, {9, 5, 7, 4}, {2, 3, 0, 3}},
                "Ønsker hospitering i spesialisthelsetjenesten for sykepleiere i hjemmetjenesten.");
        answer(
                lokta,
                id,
                "Målselv",
                "290",
                "c2",
                "2",
                List.of("c2", "c3"),
                new int[][] {{8, 6, 3, 4}, {10, 7, 8, 3}, {6, 3, 4, 2}, {1, 2, 1, 1}},
                "");
        return List.of();
    }

    /**
     * A submitted answer for a member municipality, as its contact would have given it through a
     * link; the link itself is never mailed (the address is invented).
     */
    private void answer(
            UUID lokta,
            UUID surveyId,
            String municipality,
            String fte,
            String plan,
            String scale,
            List<String> forms,
            int[][] matrix,
            String comment) {
        UUID organisationId = members.organisations(lokta).stream()
                .filter(o -> o.name().equals(municipality))
                .findFirst()
                .orElseThrow()
                .id();
        Survey survey = surveys.survey(lokta, surveyId);
        List<Survey.Question> q =
                survey.sections().stream().flatMap(x -> x.questions().stream()).toList();
        Map<String, List<String>> form = new HashMap<>();
        form.put(AnswerSheet.name(q.get(0)), List.of(fte));
        form.put(AnswerSheet.name(q.get(1)), List.of(plan));
        Survey.Question grid = q.get(2);
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < grid.columns().size(); c++) {
                form.put(
                        AnswerSheet.name(grid) + "-" + grid.rows().get(r).key() + "-"
                                + grid.columns().get(c).key(),
                        List.of(String.valueOf(matrix[r][c])));
            }
        }
        form.put(AnswerSheet.name(q.get(3)), forms);
        form.put(AnswerSheet.name(q.get(4)), List.of(scale));
        form.put(AnswerSheet.name(q.get(5)), List.of(comment));
        surveys.demoAnswer(
                lokta,
                surveyId,
                organisationId,
                "kartlegging@" + municipality.toLowerCase(java.util.Locale.ROOT).replace("å", "a") + ".example",
                form);
    }
}
