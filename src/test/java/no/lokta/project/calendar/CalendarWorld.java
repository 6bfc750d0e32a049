package no.lokta.project.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.platform.money.Nok;
import no.lokta.project.fund.ApplyCommand;
import no.lokta.project.fund.AwardCommand;
import no.lokta.project.fund.CallCommand;
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import no.lokta.project.funding.ApplicationCommand;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.FunderCommand;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.funding.FunderSummary;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.ReportingDutyCommand;
import no.lokta.project.funding.ReportingDutySummary;
import no.lokta.project.scheme.GrantSchemeCommand;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
import no.lokta.project.work.MilestoneCommand;
import no.lokta.project.work.MilestoneSummary;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * A fresh collaboration with a deadline of every kind, made through the facades: in {@link #YEAR}
 * (a year to come) one of each, and around today the overdue ones.
 */
@Component
class CalendarWorld {

    static final int YEAR = 2031;

    record Setup(
            TestWorld.World world,
            ProjectSummary project,
            ApplicationSummary application,
            ApplicationSummary lateApplication,
            ReportingDutySummary duty,
            ReportingDutySummary reported,
            ReportingDutySummary lateDuty,
            MilestoneSummary milestone,
            MilestoneSummary lateMilestone,
            GrantSchemeSummary scheme,
            CallSummary call,
            no.lokta.project.fund.ApplicationSummary award,
            WheelItemSummary budget,
            WheelItemSummary annualReport) {

        UUID id() {
            return world.id();
        }
    }

    private final TestWorld worlds;
    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final SchemeManagement schemes;
    private final FundManagement funds;
    private final CalendarManagement calendar;

    CalendarWorld(
            TestWorld worlds,
            ProjectManagement projects,
            FundingManagement funding,
            SchemeManagement schemes,
            FundManagement funds,
            CalendarManagement calendar) {
        this.worlds = worlds;
        this.projects = projects;
        this.funding = funding;
        this.schemes = schemes;
        this.funds = funds;
        this.calendar = calendar;
    }

    Setup create() {
        TestWorld.World world = worlds.create();
        UUID id = world.id();
        LocalDate today = calendar.today();
        ProjectSummary project = projects.create(
                id,
                new ProjectCommand(
                        "Felles legevakt",
                        "Et felles tilbud.",
                        null,
                        Set.of(world.municipality().id()),
                        "Kari Leder",
                        "Rådmennene",
                        ProjectPhase.MAIN_PROJECT,
                        LocalDate.of(2030, 1, 1),
                        null,
                        null));
        UUID p = project.id();
        FunderSummary funder = funding.createFunder(id, new FunderCommand("Helsedirektoratet", FunderKind.DIRECTORATE));
        ApplicationSummary application = funding.createApplication(
                id,
                p,
                new ApplicationCommand(
                        funder.id(), "Kompetanse og innovasjon", YEAR, Nok.kroner(100_000), LocalDate.of(YEAR, 2, 1)));
        ApplicationSummary late = funding.createApplication(
                id,
                p,
                new ApplicationCommand(
                        funder.id(), "Glemt søknad", today.getYear(), Nok.kroner(50_000), today.minusDays(10)));
        ReportingDutySummary duty = funding.createDuty(
                id,
                p,
                new ReportingDutyCommand(null, "Sluttrapport", "Helsedirektoratet", LocalDate.of(YEAR, 3, 10), 14));
        ReportingDutySummary reported = funding.createDuty(
                id, p, new ReportingDutyCommand(null, "Delrapport", "", LocalDate.of(YEAR, 4, 1), 14));
        reported = funding.markReported(id, reported.id(), LocalDate.of(YEAR, 3, 20));
        ReportingDutySummary lateDuty = funding.createDuty(
                id, p, new ReportingDutyCommand(null, "Glemt rapport", "Statsforvalteren", today.minusDays(5), 14));
        MilestoneSummary milestone =
                projects.addMilestone(id, p, new MilestoneCommand("Legevakten åpner", LocalDate.of(YEAR, 5, 15), null));
        MilestoneSummary lateMilestone =
                projects.addMilestone(id, p, new MilestoneCommand("Avtale signert", today.minusDays(3), null));
        GrantSchemeSummary scheme = schemes.create(
                id,
                new GrantSchemeCommand(
                        "Tilskudd til samhandling",
                        "Statsforvalteren",
                        FunderKind.COUNTY_GOVERNOR,
                        LocalDate.of(YEAR, 6, 1),
                        "Kommuner",
                        "",
                        "",
                        Set.of()));
        CallSummary call = funds.createCall(
                id,
                new CallCommand(
                        "Utviklingsmidler",
                        "Lokale tiltak.",
                        "Forankring.",
                        Nok.kroner(500_000),
                        today.minusDays(1),
                        today.plusDays(30)));
        call = funds.changeStatus(id, call.id(), CallStatus.OPEN);
        no.lokta.project.fund.ApplicationSummary applied = funds.apply(
                id,
                world.municipality().id(),
                call.id(),
                new ApplyCommand("Frisklivssentral", "Et tilbud.", Nok.kroner(100_000), "Kari"),
                "Kari");
        no.lokta.project.fund.ApplicationSummary award =
                funds.award(id, applied.id(), new AwardCommand(Nok.kroner(80_000), LocalDate.of(YEAR, 9, 1)));
        WheelItemSummary budget = calendar.addWheelItem(
                id, new WheelItemCommand("Budsjettforslag til eierne", WheelKind.BUDGET, 9, 15, "Til rådmennene."));
        WheelItemSummary annualReport = calendar.addWheelItem(
                id, new WheelItemCommand("Årsrapport til eierne", WheelKind.OWNER_REPORT, 3, null, ""));
        return new Setup(
                world,
                project,
                application,
                late,
                duty,
                reported,
                lateDuty,
                milestone,
                lateMilestone,
                scheme,
                funds.call(id, call.id()),
                award,
                budget,
                annualReport);
    }
}
