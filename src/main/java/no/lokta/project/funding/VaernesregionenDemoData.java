package no.lokta.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.Role;
import no.lokta.project.work.DecisionCommand;
import no.lokta.project.work.GoalCommand;
import no.lokta.project.work.Light;
import no.lokta.project.work.MeasureCommand;
import no.lokta.project.work.MilestoneCommand;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import no.lokta.project.work.RiskCommand;
import no.lokta.project.work.StatusReportCommand;
import no.lokta.project.work.SubprojectCommand;
import no.lokta.project.work.SubprojectStatus;
import no.lokta.project.work.SubprojectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Værnesregionen's pilot project "Samhandling innen helse- og omsorgstjenester" (2010-11), as its
 * presentation of 13 September 2010 tells it (seeds/003): 4 municipalities and 3 hospital trusts, 7
 * subprojects with their goals, grants of NOK 1.6 M (2010) and 3.2 M (2011) from the Ministry and
 * the two county governors, total frames of 3.2 M and 5.1 M, and three measures tried from
 * 1 September 2010 with Stjørdal DMS coordinating. The source gives totals only: how the grants
 * split between the three funders and the own contribution between the seven partners, the budget
 * lines and the dates of applications and reports are invented to add up to those totals. The
 * demo coordinator works here as well as in LØKTA.
 */
@Component
@Order(80)
class VaernesregionenDemoData implements DemoData {

    static final String NAME = "Værnesregionen";
    static final String PROJECT = "Samhandling innen helse- og omsorgstjenester i Værnesregionen";
    private static final String COORDINATOR = "koordinator@lokta.no";
    private static final Nok RATE = Nok.kroner(500);

    private final MemberManagement members;
    private final PeopleManagement people;
    private final ProjectManagement projects;
    private final FundingManagement funding;

    VaernesregionenDemoData(
            MemberManagement members, PeopleManagement people, ProjectManagement projects, FundingManagement funding) {
        this.members = members;
        this.people = people;
        this.projects = projects;
        this.funding = funding;
    }

    @Override
    public List<String> load() {
        CollaborationSummary vaernes = members.createCollaboration(new CollaborationCommand(
                NAME,
                "Regionrådet i Værnesregionen",
                "Interkommunalt samarbeid mellom Tydal, Selbu, Stjørdal og Meråker, her med samhandlingsprosjektet"
                        + " innen helse- og omsorgstjenester sammen med tre helseforetak i Helse Midt-Norge."));
        UUID id = vaernes.id();
        LocalDate joined = LocalDate.of(2010, 1, 1);
        Map<String, UUID> org = new LinkedHashMap<>();
        for (String number : List.of("5035", "5032", "5033", "5034")) {
            OrganisationSummary municipality = members.addMunicipalityFromRegister(id, number);
            org.put(municipality.name(), municipality.id());
            members.addMembership(
                    id, new MembershipCommand(municipality.id(), MembershipKind.MEMBER, joined, null, ""));
        }
        trust(id, org, "St. Olavs hospital HF", "883974832", null);
        trust(id, org, "Rusbehandling Midt-Norge HF", null, LocalDate.of(2011, 12, 31));
        trust(id, org, "Helse Nord-Trøndelag HF (Sykehuset Levanger)", "983974791", null);
        UUID stjordal = idOf(org, "Stjørdal");
        members.addContactPerson(id, stjordal, "Siri Hoel", "Prosjektleder samhandling", "siri.hoel@example.org", "");
        people.accountIdByEmail(COORDINATOR).ifPresent(account -> people.grant(account, id, Role.COORDINATOR, null));

        ProjectSummary project = projects.create(
                id,
                new ProjectCommand(
                        PROJECT,
                        "Identifisere organisatoriske strukturer som vil sikre et helhetlig helse- og omsorgstilbud,"
                                + " bedre pasientforløp og styrke samhandlingen mellom kommunene i Værnesregionen og"
                                + " mellom kommunene og helseforetakene. Identifisere tiltak som svar på"
                                + " hovedutfordringene i St.meld. nr. 47 (Samhandlingsreformen).",
                        null,
                        Set.copyOf(org.values()),
                        "Siri Hoel",
                        "Rådmennene i de fire kommunene og direktørene i de tre helseforetakene",
                        ProjectPhase.CLOSED,
                        LocalDate.of(2010, 1, 1),
                        LocalDate.of(2011, 12, 31),
                        BigDecimal.ONE));
        UUID p = project.id();
        goals(id, p);
        subprojects(id, p);
        measures(id, p, stjordal);
        log(id, p);
        money(id, p, org);
        return List.of();
    }

    private void trust(
            UUID id, Map<String, UUID> org, String name, @Nullable String number, @Nullable LocalDate endedOn) {
        OrganisationSummary trust = members.createOrganisation(
                id, new OrganisationCommand(OrganisationKind.HOSPITAL_TRUST, name, null, number, "", "", ""));
        org.put(name, trust.id());
        members.addMembership(
                id, new MembershipCommand(trust.id(), MembershipKind.PARTNER, LocalDate.of(2010, 1, 1), endedOn, ""));
    }

    private void goals(UUID id, UUID p) {
        projects.addGoal(
                id,
                p,
                new GoalCommand(
                        null,
                        "Identifisere organisatoriske strukturer som sikrer et helhetlig helse- og omsorgstilbud,"
                                + " bedre pasientforløp og styrket samhandling i regionen og med helseforetakene.",
                        "",
                        null,
                        null,
                        null));
        projects.addGoal(
                id,
                p,
                new GoalCommand(
                        null,
                        "Identifisere tiltak som svar på hovedutfordringene i samhandlingsreformen (St.meld. nr. 47).",
                        "",
                        null,
                        null,
                        null));
        projects.addGoal(
                id,
                p,
                new GoalCommand(
                        null,
                        "Tiltak prøvd ut i praksis fra 1. september 2010, koordinert av Stjørdal DMS.",
                        "Tiltak i drift",
                        BigDecimal.ZERO,
                        new BigDecimal("3"),
                        new BigDecimal("3")));
    }

    private void subprojects(UUID id, UUID p) {
        String[][] rows = {
            {
                "Interkommunalt samarbeid om DMS",
                "Utrede konsekvensene av og avklare interkommunalt samarbeid om eierskap og drift av"
                        + " distriktsmedisinsk senter (DMS)."
            },
            {
                "Kommuneoverlege, helsesøster og jordmor",
                "Utrede konsekvensene av og avklare interkommunalt samarbeid om kommuneoverlege, helsesøster og"
                        + " jordmortjeneste."
            },
            {
                "Felles brukerkontor",
                "Utrede konsekvensene av og avklare interkommunalt samarbeid om felles kontor for tildeling av"
                        + " tjenester til brukere (brukerkontor)."
            },
            {
                "Felles IT-løsninger",
                "Kartlegge dagens IT-løsninger i helse- og omsorgstjenestene i kommunene, og identifisere løsninger"
                        + " som letter samhandlingen i regionen og med helseforetakene."
            },
            {
                "Rus og psykiatri med DPS",
                "Utrede konsekvensene av og avklare en interkommunal enhet i samarbeid med distriktspsykiatrisk"
                        + " senter innenfor psykiatri og rus."
            },
            {
                "Organisering og ledelse",
                "Kartlegge dagens organisatoriske strukturer i kommunene og avklare fremtidig struktur i"
                        + " Værnesregionen."
            },
            {
                "Folkehelse og forebyggende helsearbeid",
                "Identifisere områder og modeller for samarbeid mellom kommunene og helseforetakene om folkehelse og"
                        + " forebyggende helsearbeid, og foreslå fremtidige modeller og tjenesteområder."
            }
        };
        for (int i = 0; i < rows.length; i++) {
            int number = i + 1;
            // subproject 6 starts on 1 January 2011; the other six are pre-studies from the start
            boolean later = number == 6;
            projects.addSubproject(
                    id,
                    p,
                    new SubprojectCommand(
                            number,
                            rows[i][0],
                            rows[i][1],
                            "",
                            "Delprosjektgruppe " + number,
                            later ? ProjectPhase.MAIN_PROJECT : ProjectPhase.PRE_STUDY,
                            SubprojectStatus.COMPLETED,
                            later ? LocalDate.of(2011, 1, 1) : LocalDate.of(2010, 1, 1)));
        }
    }

    private void measures(UUID id, UUID p, UUID stjordal) {
        LocalDate start = LocalDate.of(2010, 9, 1);
        LocalDate end = LocalDate.of(2011, 12, 31);
        projects.addMeasure(
                id,
                p,
                new MeasureCommand(
                        "Interkommunal ernæringsfysiolog",
                        "En ernæringsfysiolog for de fire kommunene.",
                        start,
                        end,
                        stjordal,
                        "Stjørdal DMS",
                        ""));
        projects.addMeasure(
                id,
                p,
                new MeasureCommand(
                        "Innsatsteam", "Et tverrfaglig team som rykker ut.", start, end, stjordal, "Stjørdal DMS", ""));
        projects.addMeasure(
                id,
                p,
                new MeasureCommand(
                        "Frisklivssentral",
                        "Hjelp til å endre levevaner; knyttet til forebygging av overvekt og diabetes (Vend Risk).",
                        start,
                        end,
                        stjordal,
                        "Stjørdal DMS",
                        ""));
    }

    private void log(UUID id, UUID p) {
        projects.addMilestone(
                id,
                p,
                new MilestoneCommand("Tiltak prøves ut i praksis", LocalDate.of(2010, 9, 1), LocalDate.of(2010, 9, 1)));
        projects.addMilestone(
                id,
                p,
                new MilestoneCommand(
                        "Delprosjekt 6 organisasjon og ledelse starter",
                        LocalDate.of(2011, 1, 1),
                        LocalDate.of(2011, 1, 1)));
        projects.addMilestone(
                id,
                p,
                new MilestoneCommand("Prosjektet avsluttes", LocalDate.of(2011, 12, 31), LocalDate.of(2011, 12, 31)));
        projects.addRisk(id, p, new RiskCommand("Ulike kulturer mellom tjenestene i kommunene.", 3, 3, "", false));
        projects.addRisk(id, p, new RiskCommand("Ulike kulturer mellom kommuner og helseforetak.", 3, 4, "", false));
        projects.addRisk(
                id,
                p,
                new RiskCommand(
                        "Kommunene hører til to fylker og to sykehusområder (St. Olav og Levanger).",
                        2,
                        3,
                        "Skape forståelse for regional tenkning og finne regionale løsninger.",
                        false));
        LocalDate presented = LocalDate.of(2010, 9, 13);
        projects.addDecision(
                id, p, new DecisionCommand(presented, "Styringsgruppen", "Hovedprosjektet videreføres ut år 2011."));
        projects.addDecision(
                id,
                p,
                new DecisionCommand(
                        presented,
                        "Styringsgruppen",
                        "Delprosjektet forebyggende helsearbeid mot overvekt og diabetes (Vend Risk) videreføres ut år"
                                + " 2011."));
        Map<UUID, Light> lights = new LinkedHashMap<>();
        for (SubprojectSummary s : projects.subprojects(id, p)) {
            lights.put(s.id(), s.number() == 6 ? Light.YELLOW : Light.GREEN);
        }
        projects.addStatusReport(
                id,
                p,
                new StatusReportCommand(
                        LocalDate.of(2010, 1, 1),
                        presented,
                        Light.GREEN,
                        "Seks av delprosjektene utredes i forprosjekt. Delprosjekt 6 organisasjon og ledelse"
                                + " igangsettes 1. januar 2011. Tre tiltak prøves ut i praksis fra 1. september 2010,"
                                + " med Stjørdal DMS som ansvarlig og koordinerende enhet.",
                        lights,
                        Map.of()),
                "Siri Hoel");
    }

    private void money(UUID id, UUID p, Map<String, UUID> org) {
        FunderSummary ministry =
                funding.createFunder(id, new FunderCommand("Helse- og omsorgsdepartementet", FunderKind.MINISTRY));
        FunderSummary south =
                funding.createFunder(id, new FunderCommand("Fylkesmannen i Sør-Trøndelag", FunderKind.COUNTY_GOVERNOR));
        FunderSummary north = funding.createFunder(
                id, new FunderCommand("Fylkesmannen i Nord-Trøndelag", FunderKind.COUNTY_GOVERNOR));
        // 2010: 1.6 M in grants; 2011: 3.2 M
        granted(id, p, ministry, 2010, 1_000_000);
        granted(id, p, south, 2010, 300_000);
        granted(id, p, north, 2010, 300_000);
        granted(id, p, ministry, 2011, 2_000_000);
        granted(id, p, south, 2011, 600_000);
        granted(id, p, north, 2011, 600_000);
        // own contribution in hours at NOK 500: 1.6 M in 2010, 1.9 M in 2011 (the 5.1 M frame less the grants)
        hours(
                id,
                p,
                org,
                2010,
                Map.of(
                        "Stjørdal",
                        800,
                        "Selbu",
                        400,
                        "Tydal",
                        200,
                        "Meråker",
                        300,
                        "St. Olavs hospital HF",
                        600,
                        "Helse Nord-Trøndelag HF (Sykehuset Levanger)",
                        500,
                        "Rusbehandling Midt-Norge HF",
                        400));
        hours(
                id,
                p,
                org,
                2011,
                Map.of(
                        "Stjørdal",
                        600,
                        "Selbu",
                        300,
                        "Tydal",
                        150,
                        "Meråker",
                        250,
                        "St. Olavs hospital HF",
                        500,
                        "Helse Nord-Trøndelag HF (Sykehuset Levanger)",
                        700,
                        "Rusbehandling Midt-Norge HF",
                        500));
        funding.addLine(
                id,
                p,
                new FundingLineCommand(
                        2011,
                        FundingKind.OWN_MONEY,
                        null,
                        idOf(org, "Stjørdal"),
                        "Drift av tiltakene ved Stjørdal DMS",
                        null,
                        null,
                        Nok.kroner(400_000),
                        null));
        budget(
                id,
                p,
                2010,
                Map.of(
                        "Prosjektledelse", 900_000,
                        "Delprosjektgrupper (egeninnsats)", 1_600_000,
                        "Utprøving av tiltak fra 1. september", 500_000,
                        "Reiser og møter", 200_000));
        budget(
                id,
                p,
                2011,
                Map.of(
                        "Prosjektledelse", 1_000_000,
                        "Delprosjektgrupper (egeninnsats)", 1_900_000,
                        "Tiltakene ved Stjørdal DMS", 1_800_000,
                        "Reiser og møter", 400_000));
    }

    private void granted(UUID id, UUID p, FunderSummary funder, int year, long kroner) {
        ApplicationSummary application = funding.createApplication(
                id,
                p,
                new ApplicationCommand(
                        funder.id(),
                        "Prosjektmidler til samhandling",
                        year,
                        Nok.kroner(kroner),
                        LocalDate.of(year - 1, 12, 1)));
        funding.submit(id, application.id(), LocalDate.of(year - 1, 11, 25));
        LocalDate grantedOn = LocalDate.of(year, 2, 15);
        funding.grant(
                id,
                application.id(),
                new GrantDecision(
                        Nok.kroner(kroner), grantedOn, "Rapport om bruken av midlene innen 1. mars året etter.", ""));
        ReportingDutySummary duty = funding.createDuty(
                id,
                p,
                new ReportingDutyCommand(
                        application.id(),
                        "Rapport om bruken av midlene " + year,
                        funder.name(),
                        LocalDate.of(year + 1, 3, 1),
                        21));
        funding.markReported(id, duty.id(), LocalDate.of(year + 1, 2, 25));
    }

    private void hours(UUID id, UUID p, Map<String, UUID> org, int year, Map<String, Integer> hours) {
        hours.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> funding.addLine(
                        id,
                        p,
                        new FundingLineCommand(
                                year,
                                FundingKind.OWN_HOURS,
                                null,
                                idOf(org, e.getKey()),
                                "Arbeid i prosjekt- og delprosjektgrupper",
                                BigDecimal.valueOf(e.getValue()),
                                RATE,
                                null,
                                null)));
    }

    private void budget(UUID id, UUID p, int year, Map<String, Integer> lines) {
        lines.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> funding.addBudgetLine(
                        id, p, new BudgetLineCommand(year, e.getKey(), Nok.kroner(e.getValue()), null)));
    }

    private static UUID idOf(Map<String, UUID> org, String name) {
        UUID id = org.get(name);
        if (id == null) {
            throw new IllegalStateException("demo organisation missing: " + name);
        }
        return id;
    }
}
