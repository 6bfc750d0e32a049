package no.lokta.knowledge.consultation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's consultations: the coordination reform's white paper, answered with a joint
 * response in 2009; a consultation on the health personnel commission closed without a response;
 * and one open now, with input from two member municipalities. The subjects are of the period; the
 * inputs, responses and people are invented. Skipped when Helsedialog is not there.
 */
@Component
@Order(110)
class HelsedialogConsultationsDemoData implements DemoData {

    static final String COLLABORATION = "Helsedialog";
    static final String OPEN = "Høring om krav til helsefellesskapenes planer for samhandling";
    static final String REFORM = "St.meld. nr. 47 (2008–2009) Samhandlingsreformen";
    static final String ARENDAL_CONTACT = "kontakt.arendal@helsedialog.no";
    private static final String COORDINATOR = "Hilde Dalen";
    private static final String PASSWORD = "lokta-demo-2026";
    private static final String MINISTRY = "Helse- og omsorgsdepartementet";

    private final MemberManagement members;
    private final PeopleManagement people;
    private final ConsultationManagement consultations;

    HelsedialogConsultationsDemoData(
            MemberManagement members, PeopleManagement people, ConsultationManagement consultations) {
        this.members = members;
        this.people = people;
        this.consultations = consultations;
    }

    @Override
    public List<String> load() {
        Optional<CollaborationSummary> helsedialog = members.collaborationNamed(COLLABORATION);
        if (helsedialog.isEmpty()) {
            return List.of();
        }
        UUID c = helsedialog.get().id();
        Optional<UUID> kristiansand = municipality(c, "4204");
        Optional<UUID> arendal = municipality(c, "4203");
        Optional<UUID> grimstad = municipality(c, "4202");
        Optional<Respondent> kristiansandContact =
                kristiansand.map(o -> respondent(c, o, "kontakt.kristiansand@helsedialog.no", "Kristin Kvadraturen"));
        Optional<Respondent> arendalContact = arendal.map(o -> respondent(c, o, ARENDAL_CONTACT, "Arne Tromøy"));
        Optional<Respondent> grimstadContact =
                grimstad.map(o -> respondent(c, o, "kontakt.grimstad@helsedialog.no", "Guri Fevik"));

        // 2009: the white paper, with a joint response after the members' input
        ConsultationSummary reform = consultations.register(
                c,
                new ConsultationCommand(
                        REFORM,
                        MINISTRY,
                        "200903124",
                        LocalDate.of(2009, 6, 19),
                        LocalDate.of(2009, 9, 1),
                        LocalDate.of(2009, 9, 30),
                        "Departementet ber om innspill til meldingen om samhandlingsreformen: rett behandling, på"
                                + " rett sted, til rett tid. Sentrale tema er kommunal medfinansiering, kommunenes"
                                + " ansvar for utskrivningsklare pasienter, lovpålagte samarbeidsavtaler og"
                                + " forebygging.",
                        "https://www.regjeringen.no/no/dokumenter/stmeld-nr-47-2008-2009-/id567201/"));
        OffsetDateTime august = OffsetDateTime.of(2009, 8, 20, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        kristiansandContact.ifPresent(r -> consultations.recordInput(
                c,
                reform.id(),
                r,
                "Vi støtter at kommunene skal få et større ansvar, men medfinansieringen må ikke bli en"
                        + " ren utgiftsoverføring. Kommunene trenger tid og midler til å bygge opp"
                        + " tilbudene før ansvaret for utskrivningsklare pasienter flyttes.",
                august));
        arendalContact.ifPresent(r -> consultations.recordInput(
                c,
                reform.id(),
                r,
                "Samarbeidsavtalene må bygge på likeverdighet mellom partene. Vi ber om at"
                        + " lærings- og mestringstilbud og ambulante team nevnes som eksempler på hva avtalene"
                        + " skal dekke.",
                august.plusDays(5)));
        consultations.startDrafting(c, reform.id());
        consultations.draft(
                c,
                reform.id(),
                "Helsedialog støtter hovedgrepene i samhandlingsreformen.",
                COORDINATOR,
                august.plusDays(10));
        consultations.draft(
                c,
                reform.id(),
                "Helsedialog støtter hovedgrepene i samhandlingsreformen. Kommunene i Agder vil ta et større"
                        + " ansvar for forebygging og for pasienter før og etter sykehusopphold, men det forutsetter"
                        + " at økonomiske virkemidler og overgangsordninger gir tid til å bygge opp tilbudene.\n\n"
                        + "Samarbeidsavtalene mellom kommuner og helseforetak må inngås mellom likeverdige parter."
                        + " Erfaringene fra Helsedialog viser at lærings- og mestringssentre, ambulante team og"
                        + " praksiskonsulenter er gode redskaper for samhandling.",
                COORDINATOR,
                august.plusDays(17));
        consultations.approve(c, reform.id(), COORDINATOR, august.plusDays(24));
        consultations.submit(c, reform.id(), LocalDate.of(2009, 9, 28), "Sendt departementet per e-post.", COORDINATOR);

        // 2023: the health personnel commission, left to the members and KS
        ConsultationSummary commission = consultations.register(
                c,
                new ConsultationCommand(
                        "NOU 2023: 4 Tid for handling – Personellet i en bærekraftig helse- og omsorgstjeneste",
                        MINISTRY,
                        "23/1234",
                        LocalDate.of(2023, 2, 2),
                        LocalDate.of(2023, 4, 14),
                        LocalDate.of(2023, 5, 2),
                        "Helsepersonellkommisjonens utredning om hvordan helse- og omsorgstjenesten kan utdanne,"
                                + " rekruttere og beholde personell.",
                        "https://www.regjeringen.no/no/dokumenter/nou-2023-4/id2961552/"));
        consultations.closeWithoutResponse(
                c,
                commission.id(),
                "Kommunene og helseforetakene svarer hver for seg, og KS svarer for kommunesektoren.");

        // now: open for input, the member contacts told once
        LocalDate today = consultations.today();
        ConsultationSummary open = consultations.create(
                c,
                new ConsultationCommand(
                        OPEN,
                        MINISTRY,
                        today.getYear() + "/0457",
                        today.minusDays(10),
                        today.plusDays(14),
                        today.plusDays(35),
                        "Departementet foreslår at helsefellesskapene skal vedta felles planer for samhandling"
                                + " om de prioriterte pasientgruppene, og ber om synspunkter på krav til innhold,"
                                + " medvirkning og rapportering.",
                        "https://www.regjeringen.no/no/dokumenter/hoeringer/"));
        consultations.addDocument(
                c,
                open.id(),
                new Upload(
                        "Sammendrag av høringsnotatet.txt",
                        ("Sammendrag av høringsnotatet\n\nForslaget gjelder felles planer i helsefellesskapene for"
                                        + " barn og unge, personer med alvorlige psykiske lidelser og rusproblemer,"
                                        + " skrøpelige eldre og personer med flere kroniske lidelser.\n")
                                .getBytes(StandardCharsets.UTF_8)),
                COORDINATOR);
        kristiansandContact.ifPresent(r -> consultations.giveInput(
                c,
                open.id(),
                r,
                "Felles planer er nyttige, men kravene til rapportering må ikke bli tyngre enn det"
                        + " helsefellesskapene har ressurser til. Kommunene må være med fra starten."));
        grimstadContact.ifPresent(r -> consultations.giveInput(
                c,
                open.id(),
                r,
                "Vi ber om at de minste kommunene får støtte til å delta i planarbeidet, for eksempel"
                        + " gjennom felles sekretariat i helsefellesskapet."));
        return List.of("Kommunekontakt (Helsedialog, Arendal): " + ARENDAL_CONTACT + " / " + PASSWORD);
    }

    private Optional<UUID> municipality(UUID c, String number) {
        return members.organisations(c).stream()
                .filter(o -> number.equals(o.municipalityNumber()))
                .map(OrganisationSummary::id)
                .findFirst();
    }

    /** The municipality's demo contact, made if no other part of the demo made it. */
    private Respondent respondent(UUID c, UUID organisationId, String email, String name) {
        UUID account = people.accountIdByEmail(email).orElseGet(() -> people.createAccount(email, name, PASSWORD));
        people.grant(account, c, Role.MUNICIPALITY_CONTACT, organisationId);
        return new Respondent(organisationId, account, people.account(account).name());
    }
}
