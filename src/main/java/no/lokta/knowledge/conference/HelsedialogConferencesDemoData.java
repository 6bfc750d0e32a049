package no.lokta.knowledge.conference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionCommand;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's four dialogue conferences (seeds/004: the method of the programme), held as
 * completed programme activities, each with what it agreed to carry on. Places, dates and outcomes
 * are invented to fit the programme's priority areas.
 */
@Component
@Order(105)
class HelsedialogConferencesDemoData implements DemoData {

    private final MemberManagement members;
    private final ProgrammeManagement programme;
    private final ConferenceManagement conferences;

    HelsedialogConferencesDemoData(
            MemberManagement members, ProgrammeManagement programme, ConferenceManagement conferences) {
        this.members = members;
        this.programme = programme;
        this.conferences = conferences;
    }

    @Override
    public List<String> load() {
        UUID c = members.collaborationNamed("Helsedialog").map(x -> x.id()).orElse(null);
        if (c == null) {
            return List.of();
        }
        conference(
                c,
                "Dialogkonferanse om samhandlingskultur",
                LocalDate.of(2005, 10, 20),
                "Kristiansand",
                new OutcomeCommand(
                        "Felles møteplasser for ledere i kommuner og helseforetak to ganger i året.",
                        Field.GOVERNANCE,
                        "Helsedialogforum",
                        OutcomeStatus.DONE,
                        "Ledermøter holdt fra 2006."),
                new OutcomeCommand(
                        "Praksiskonsulentordningen utvides til flere avdelinger.",
                        Field.SERVICES,
                        "Helseforetakene",
                        OutcomeStatus.DONE,
                        "50 praksiskonsulenter i 2007."));
        conference(
                c,
                "Dialogkonferanse om lærings- og mestringssentre",
                LocalDate.of(2006, 4, 6),
                "Tønsberg",
                new OutcomeCommand(
                        "Kommunene knyttes til lærings- og mestringssentrene med felles kurs for pasienter og pårørende.",
                        Field.INDIVIDUAL,
                        "Lærings- og mestringssentrene",
                        OutcomeStatus.DONE,
                        ""));
        conference(
                c,
                "Dialogkonferanse om ambulante team",
                LocalDate.of(2006, 11, 9),
                "Skien",
                new OutcomeCommand(
                        "Erfaringer med ambulante team samles som gode eksempler.",
                        Field.SERVICES,
                        "Sekretariatet",
                        OutcomeStatus.DONE,
                        "Se biblioteket over gode eksempler."),
                new OutcomeCommand(
                        "Felles prosedyre for utskrivning til kommunal omsorg.",
                        Field.SERVICES,
                        "Arbeidsgruppe",
                        OutcomeStatus.IN_PROGRESS,
                        ""));
        conference(
                c,
                "Dialogkonferanse om IKT og helsenettet",
                LocalDate.of(2007, 5, 24),
                "Drammen",
                new OutcomeCommand(
                        "Alle kommuner kobles til helsenettet og tar i bruk elektroniske meldinger.",
                        Field.GOVERNANCE,
                        "Kommunene",
                        OutcomeStatus.IN_PROGRESS,
                        ""),
                new OutcomeCommand(
                        "Avtaler mellom helseforetak og kommuner skal omfatte elektronisk samhandling.",
                        Field.GOVERNANCE,
                        "Helsedialogforum",
                        OutcomeStatus.AGREED,
                        ""));
        return List.of();
    }

    private void conference(UUID c, String title, LocalDate day, String place, OutcomeCommand... outcomes) {
        ActivitySummary activity = programme.createActivity(
                c,
                new ActivityCommand(
                        null,
                        ActivityKind.DIALOGUE_CONFERENCE,
                        title,
                        "Ledere og fagfolk fra kommuner, helseforetak, brukerorganisasjoner og arbeidstakerorganisasjoner.",
                        Audience.LEADERS,
                        List.of(new SessionCommand(day.atTime(9, 30), day.atTime(16, 0), place, "")),
                        150,
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        BigDecimal.ZERO,
                        "",
                        ActivityStatus.COMPLETED,
                        null));
        for (OutcomeCommand o : outcomes) {
            conferences.addOutcome(c, activity.id(), o);
        }
    }
}
