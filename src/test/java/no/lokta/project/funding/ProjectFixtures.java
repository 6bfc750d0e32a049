package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.Set;
import no.lokta.TestWorld;
import no.lokta.platform.money.Nok;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import no.lokta.project.work.ProjectSummary;
import org.springframework.stereotype.Component;

/** A fresh collaboration with a project, a funder and an application, for the project tests. */
@Component
public class ProjectFixtures {

    /** What a test starts from. */
    public record Setting(TestWorld.World world, ProjectSummary project, FunderSummary funder) {}

    private final TestWorld worlds;
    private final ProjectManagement projects;
    private final FundingManagement funding;

    ProjectFixtures(TestWorld worlds, ProjectManagement projects, FundingManagement funding) {
        this.worlds = worlds;
        this.projects = projects;
        this.funding = funding;
    }

    public Setting create() {
        TestWorld.World w = worlds.create();
        ProjectSummary project = projects.create(
                w.id(),
                new ProjectCommand(
                        "Felles legevakt",
                        "Utrede felles legevakt",
                        null,
                        Set.of(w.municipality().id()),
                        "Lise Lie",
                        "",
                        ProjectPhase.PRE_STUDY,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2031, 12, 31),
                        java.math.BigDecimal.ONE));
        FunderSummary funder = funding.createFunder(
                w.id(), new FunderCommand("Statsforvalteren i Troms og Finnmark", FunderKind.COUNTY_GOVERNOR));
        return new Setting(w, project, funder);
    }

    /** An application for 500 000 kr for 2030, submitted on 1 February 2030. */
    public ApplicationSummary submitted(Setting s) {
        ApplicationSummary a = funding.createApplication(
                s.world().id(),
                s.project().id(),
                new ApplicationCommand(
                        s.funder().id(),
                        "Kompetanse og innovasjon",
                        2030,
                        Nok.kroner(500_000),
                        LocalDate.of(2030, 2, 1)));
        return funding.submit(s.world().id(), a.id(), LocalDate.of(2030, 2, 1));
    }
}
