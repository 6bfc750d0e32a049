package no.lokta.project.calendar;

import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The year wheels of LØKTA and Værnesregionen: the budget proposal to the owners in the autumn,
 * the annual report in March, grant applications, the survey of competence needs in the autumn
 * and the gatherings in spring and autumn. The dates are invented, in the rhythm such units keep.
 */
@Component
@Order(90)
class YearWheelDemoData implements DemoData {

    private final MemberManagement members;
    private final CalendarManagement calendar;

    YearWheelDemoData(MemberManagement members, CalendarManagement calendar) {
        this.members = members;
        this.calendar = calendar;
    }

    @Override
    public List<String> load() {
        members.collaborationNamed("LØKTA").ifPresent(lokta -> {
            UUID id = lokta.id();
            add(
                    id,
                    "Årsrapport og regnskap til eierkommunene",
                    WheelKind.OWNER_REPORT,
                    3,
                    31,
                    "Årsrapporten med deltakelse per kommune og regnskapet sendes rådmennene før"
                            + " vårens møte i Administrativt råd.");
            add(
                    id,
                    "Søknad om kompetanse- og innovasjonstilskudd",
                    WheelKind.APPLICATION,
                    2,
                    1,
                    "Felles søknad til Statsforvalteren for kompetanseprogrammet neste skoleår.");
            add(id, "Fellessamling vår", WheelKind.GATHERING, 4, null, "Fellessamling for de fem fagnettverkene.");
            add(
                    id,
                    "Kartlegging av kompetansebehov",
                    WheelKind.OTHER,
                    9,
                    null,
                    "Spørreundersøkelse til kommunene som grunnlag for kompetanseplanene og neste års program.");
            add(
                    id,
                    "Budsjettforslag til Administrativt råd",
                    WheelKind.BUDGET,
                    9,
                    15,
                    "Forslag til budsjett og fordeling mellom kommunene etter fordelingsnøkkelen.");
            add(
                    id,
                    "Budsjett vedtatt og sendt eierkommunene",
                    WheelKind.BUDGET,
                    10,
                    31,
                    "Vedtatt budsjett sendes kommunene i tide til deres egne budsjettprosesser.");
            add(
                    id,
                    "Fellessamling høst",
                    WheelKind.GATHERING,
                    11,
                    null,
                    "Fellessamling med dialogkonferanse om samhandling med UNN.");
            add(
                    id,
                    "Kompetanseplaner rulleres",
                    WheelKind.OTHER,
                    12,
                    15,
                    "Kommunenes kompetanseplaner for neste år oppdateres med resultatene fra kartleggingen.");
        });
        members.collaborationNamed("Værnesregionen").ifPresent(vaernes -> {
            UUID id = vaernes.id();
            add(
                    id,
                    "Årsmelding til regionrådet",
                    WheelKind.OWNER_REPORT,
                    3,
                    15,
                    "Årsmelding for samhandlingsarbeidet med regnskap.");
            add(
                    id,
                    "Søknad om skjønnsmidler til samhandling",
                    WheelKind.APPLICATION,
                    1,
                    31,
                    "Søknad til Statsforvalteren i Trøndelag.");
            add(
                    id,
                    "Samhandlingskonferanse med helseforetakene",
                    WheelKind.GATHERING,
                    5,
                    null,
                    "Vårkonferanse med St. Olavs hospital og Sykehuset Levanger.");
            add(
                    id,
                    "Kartlegging av kompetansebehov",
                    WheelKind.OTHER,
                    10,
                    null,
                    "Høstens kartlegging i Tydal, Selbu, Stjørdal og Meråker.");
            add(
                    id,
                    "Budsjettforslag til regionrådet",
                    WheelKind.BUDGET,
                    9,
                    30,
                    "Forslag til neste års budsjett for det interkommunale samarbeidet.");
            add(id, "Fagdag høst", WheelKind.GATHERING, 11, null, "Felles fagdag for helse og omsorg.");
        });
        return List.of();
    }

    private void add(UUID id, String title, WheelKind kind, int month, @Nullable Integer day, String description) {
        calendar.addWheelItem(id, new WheelItemCommand(title, kind, month, day, description));
    }
}
