package no.lokta.needs.survey;

import java.util.List;
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
        return List.of();
    }
}
