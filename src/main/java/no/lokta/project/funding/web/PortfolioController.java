package no.lokta.project.funding.web;

import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.Portfolio;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** All projects' money per year and source: a chart and the table beside it. */
@Controller
class PortfolioController {

    private final FundingManagement funding;
    private final Tenancy tenancy;

    PortfolioController(FundingManagement funding, Tenancy tenancy) {
        this.funding = funding;
        this.tenancy = tenancy;
    }

    @GetMapping("/projects/portfolio")
    String show(Model model) {
        UUID c = tenancy.require(Role.COORDINATOR).collaborationId();
        Portfolio portfolio = funding.portfolio(c);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("chart", PortfolioChart.of(portfolio));
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(FunderKind.values())
                        .filter(k -> portfolio.years().stream()
                                .anyMatch(y -> y.grantsByKind().containsKey(k)))
                        .toList());
        return "project/funding/portfolio";
    }
}
