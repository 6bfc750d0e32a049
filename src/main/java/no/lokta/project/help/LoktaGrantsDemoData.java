package no.lokta.project.help;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.money.Nok;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.ApplyCommand;
import no.lokta.project.fund.AssessmentCommand;
import no.lokta.project.fund.AwardCommand;
import no.lokta.project.fund.CallCommand;
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.scheme.GrantSchemeCommand;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LØKTA as a watcher of grant schemes, a giver of development funds and a guide for its members:
 * two schemes (one published to the members), a call for development funds with applications from
 * Bardu and Senja (one awarded), and requests for guidance with hours logged. Dates are set around
 * the day the demo is loaded, so that the call is open and the deadlines are ahead; the schemes are
 * real kinds of grant, the texts and people invented.
 */
@Component
@Order(95)
class LoktaGrantsDemoData implements DemoData {

    private final MemberManagement members;
    private final SchemeManagement schemes;
    private final FundManagement funds;
    private final HelpManagement help;

    LoktaGrantsDemoData(MemberManagement members, SchemeManagement schemes, FundManagement funds, HelpManagement help) {
        this.members = members;
        this.schemes = schemes;
        this.funds = funds;
        this.help = help;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElse(null);
        if (lokta == null) {
            return List.of();
        }
        UUID c = lokta.id();
        Map<String, UUID> org = members.organisations(c).stream()
                .collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id, (a, b) -> a));
        UUID bardu = org.get("Bardu");
        UUID senja = org.get("Senja");
        UUID dyroy = org.get("Dyrøy");
        if (bardu == null || senja == null || dyroy == null) {
            return List.of();
        }
        LocalDate today = schemes.today();

        GrantSchemeSummary competence = schemes.create(
                c,
                new GrantSchemeCommand(
                        "Kompetanse- og innovasjonstilskuddet",
                        "Statsforvalteren i Troms og Finnmark",
                        FunderKind.COUNTY_GOVERNOR,
                        today.plusMonths(2).withDayOfMonth(1),
                        "Kommuner, for videre- og etterutdanning av ansatte i helse- og omsorgstjenestene",
                        "https://www.helsedirektoratet.no/tilskudd",
                        "Tilskudd til kompetanseheving og innovasjon i de kommunale helse- og omsorgstjenestene.",
                        Set.of()));
        schemes.publish(c, competence.id());
        schemes.create(
                c,
                new GrantSchemeCommand(
                        "Tilskudd til rekruttering av sykepleiere i distriktene",
                        "Helsedirektoratet",
                        FunderKind.DIRECTORATE,
                        today.plusMonths(4).withDayOfMonth(15),
                        "Kommuner med rekrutteringsutfordringer",
                        "https://www.helsedirektoratet.no/tilskudd",
                        "Under vurdering: gjelder særlig Bardu, Dyrøy og Senja.",
                        Set.of(bardu, dyroy, senja)));

        CallSummary call = funds.createCall(
                c,
                new CallCommand(
                        "Lokale utviklingstiltak i helse og omsorg",
                        "LØKTA støtter medlemskommunenes egne utviklingstiltak innen samhandling og kompetanse.",
                        "Tiltaket skal komme flere enn én kommune til gode, ha en plan for erfaringsdeling og"
                                + " være forankret hos kommunalsjefen.",
                        Nok.kroner(300_000),
                        today.minusMonths(1),
                        today.plusMonths(1)));
        funds.changeStatus(c, call.id(), CallStatus.OPEN);
        ApplicationSummary fromBardu = funds.apply(
                c,
                bardu,
                call.id(),
                new ApplyCommand(
                        "Velferdsteknologi i hjemmetjenesten",
                        "Utprøving av digitalt tilsyn for hjemmeboende, med opplæring av ansatte i Bardu og Dyrøy.",
                        Nok.kroner(150_000),
                        "Mona Berg"),
                "Mona Berg");
        funds.apply(
                c,
                senja,
                call.id(),
                new ApplyCommand(
                        "Kompetanseløft i demensomsorg",
                        "Felles kursrekke for ansatte i sykehjem og hjemmetjeneste, med hospitering.",
                        Nok.kroner(200_000),
                        "Terje Moe"),
                "Terje Moe");
        funds.assess(
                c,
                fromBardu.id(),
                new AssessmentCommand("Godt forankret, to kommuner deltar, tydelig plan for erfaringsdeling.", 5));
        funds.award(c, fromBardu.id(), new AwardCommand(Nok.kroner(120_000), today.plusMonths(8)));

        HelpRequestSummary plan = help.submit(
                c,
                new HelpRequestCommand(
                        dyroy,
                        "Eva Holm",
                        "eva.holm@example.org",
                        "Hjelp med kompetanseplanen for 2027",
                        "Vi ønsker veiledning i å kartlegge behov og sette opp tiltak i planen.",
                        HelpKind.COMPETENCE_PLAN));
        help.logTime(
                c,
                plan.id(),
                new TimeEntryCommand(today.minusDays(14), new BigDecimal("2.5"), "Møte med enhetslederne"),
                "Kari Nordmo");
        help.handle(c, plan.id(), new HandlingCommand(HelpStatus.IN_PROGRESS, ""));
        HelpRequestSummary application = help.submit(
                c,
                new HelpRequestCommand(
                        senja,
                        "Terje Moe",
                        "terje.moe@example.org",
                        "Søknad om kompetanse- og innovasjonstilskudd",
                        "Gjennomlesning av søknadsutkastet før fristen.",
                        HelpKind.APPLICATION));
        help.logTime(
                c,
                application.id(),
                new TimeEntryCommand(today.minusDays(3), BigDecimal.ONE, "Kommentarer sendt"),
                "Kari Nordmo");
        help.handle(
                c,
                application.id(),
                new HandlingCommand(HelpStatus.DONE, "Søknaden ble sendt med budsjett og forankring på plass."));
        return List.of();
    }
}
