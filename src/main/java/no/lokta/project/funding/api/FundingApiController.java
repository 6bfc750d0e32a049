package no.lokta.project.funding.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.ApplicationStatus;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.FundingPlan;
import no.lokta.project.funding.Portfolio;
import no.lokta.project.funding.ReportingDutySummary;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The money of projects as JSON, in the collaboration named by {@code collaboration} (else the
 * caller's current one), for coordinators: the portfolio per year and source across projects, and
 * a project's grant applications and reporting duties. A caller outside the collaboration, or a
 * project of another one, gets 404; another role 403. Amounts are whole øre.
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(
        name = "Project funding",
        description = "Funding of projects: grants (tilskudd), own contribution"
                + " (egeninnsats), applications and reports to funders")
@SecurityRequirement(name = "bearer")
class FundingApiController {

    /** One year across all projects, with the grants by kind of funder and by funder, and own contribution by partner. */
    record PortfolioYear(
            int year,
            long grants,
            long own,
            long other,
            long total,
            long budget,
            Map<FunderKind, Long> grantsByFunderKind,
            Map<String, Long> grantsByFunder,
            Map<String, Long> ownByPartner) {}

    /** One year of one project in the portfolio. */
    record PortfolioProjectYear(int year, long grants, long own, long other, long total, boolean matchingMet) {}

    record PortfolioProject(UUID id, String name, List<PortfolioProjectYear> years) {}

    /** All projects' money: per year across projects, and per project per year. */
    record PortfolioResponse(
            List<PortfolioYear> years,
            List<PortfolioProject> projects,
            long grants,
            long own,
            long other,
            long total) {}

    /** A grant application; {@code granted} once the funder has granted it. */
    record FundingApplication(
            UUID id,
            UUID funderId,
            String funderName,
            String scheme,
            int year,
            long applied,
            LocalDate deadline,
            ApplicationStatus status,
            @Nullable LocalDate submittedOn,
            @Nullable Long granted,
            @Nullable LocalDate grantedOn,
            String conditions) {

        static FundingApplication of(ApplicationSummary a) {
            Nok granted = a.granted();
            return new FundingApplication(
                    a.id(),
                    a.funderId(),
                    a.funderName(),
                    a.scheme(),
                    a.year(),
                    a.applied().ore(),
                    a.deadline(),
                    a.status(),
                    a.submittedOn(),
                    granted == null ? null : granted.ore(),
                    a.grantedOn(),
                    a.conditions());
        }
    }

    /** Where a reporting duty stands today. */
    enum ReportingDutyState {
        OPEN,
        OVERDUE,
        REPORTED
    }

    /** A report owed to a funder. */
    record FundingReportingDuty(
            UUID id,
            @Nullable UUID applicationId,
            String what,
            String recipient,
            LocalDate dueOn,
            int remindDays,
            @Nullable LocalDate submittedOn,
            ReportingDutyState state) {

        static FundingReportingDuty of(ReportingDutySummary d, LocalDate today) {
            ReportingDutyState state = d.submittedOn() != null
                    ? ReportingDutyState.REPORTED
                    : d.overdue(today) ? ReportingDutyState.OVERDUE : ReportingDutyState.OPEN;
            return new FundingReportingDuty(
                    d.id(),
                    d.applicationId(),
                    d.what(),
                    d.recipient(),
                    d.dueOn(),
                    d.remindDays(),
                    d.submittedOn(),
                    state);
        }
    }

    private final FundingManagement funding;
    private final Tenancy tenancy;

    FundingApiController(FundingManagement funding, Tenancy tenancy) {
        this.funding = funding;
        this.tenancy = tenancy;
    }

    private UUID collaborationId(@Nullable UUID collaboration) {
        CollaborationAccess access = collaboration == null
                ? tenancy.require(Role.COORDINATOR)
                : tenancy.require(collaboration, Role.COORDINATOR);
        return access.collaborationId();
    }

    @GetMapping("/portfolio")
    @Operation(
            summary = "Money per year and source across all projects: grants (by kind of funder and by funder),"
                    + " own contribution (by partner), other income, total frame and budget")
    PortfolioResponse portfolio(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        Portfolio portfolio = funding.portfolio(collaborationId(collaboration));
        List<PortfolioYear> years =
                portfolio.years().stream().map(y -> year(portfolio, y)).toList();
        List<PortfolioProject> projects = portfolio.projects().stream()
                .map(e -> new PortfolioProject(
                        e.project().id(),
                        e.project().name(),
                        e.plan().years().stream()
                                .map(y -> new PortfolioProjectYear(
                                        y.year(),
                                        y.grants().ore(),
                                        y.own().ore(),
                                        y.other().ore(),
                                        y.total().ore(),
                                        y.matchingMet()))
                                .toList()))
                .toList();
        return new PortfolioResponse(
                years,
                projects,
                years.stream().mapToLong(PortfolioYear::grants).sum(),
                years.stream().mapToLong(PortfolioYear::own).sum(),
                years.stream().mapToLong(PortfolioYear::other).sum(),
                years.stream().mapToLong(PortfolioYear::total).sum());
    }

    @GetMapping("/{id}/applications")
    @Operation(summary = "A project's grant applications, with what was applied for and granted")
    List<FundingApplication> applications(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        return funding.applicationsOf(collaborationId(collaboration), id).stream()
                .map(FundingApplication::of)
                .toList();
    }

    @GetMapping("/{id}/reporting-duties")
    @Operation(summary = "A project's reports owed to funders, with whether each is reported, open or overdue")
    List<FundingReportingDuty> reportingDuties(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        LocalDate today = funding.today();
        return funding.dutiesOf(collaborationId(collaboration), id).stream()
                .map(d -> FundingReportingDuty.of(d, today))
                .toList();
    }

    private static PortfolioYear year(Portfolio portfolio, Portfolio.Year y) {
        Map<String, Long> byFunder = new TreeMap<>();
        Map<String, Long> byPartner = new TreeMap<>();
        for (Portfolio.Entry e : portfolio.projects()) {
            for (FundingPlan.Year py : e.plan().years()) {
                if (py.year() == y.year()) {
                    py.grantsByFunder().forEach((k, v) -> byFunder.merge(k, v.ore(), Long::sum));
                    py.ownByPartner().forEach((k, v) -> byPartner.merge(k, v.ore(), Long::sum));
                }
            }
        }
        Map<FunderKind, Long> byKind = new LinkedHashMap<>();
        y.grantsByKind().forEach((k, v) -> byKind.put(k, v.ore()));
        return new PortfolioYear(
                y.year(),
                y.grants().ore(),
                y.own().ore(),
                y.other().ore(),
                y.total().ore(),
                y.budget().ore(),
                byKind,
                byFunder,
                byPartner);
    }
}
