package no.lokta.needs.plan.web;

import no.lokta.needs.plan.PlanManagement;
import no.lokta.needs.plan.PlanScope;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Recruit and retain: the members' staffing, vacancies and turnover by profession over the years, for coordinators. */
@Controller
class RegionalController {

    private final PlanManagement plans;
    private final Tenancy tenancy;

    RegionalController(PlanManagement plans, Tenancy tenancy) {
        this.plans = plans;
        this.tenancy = tenancy;
    }

    @GetMapping("/needs/plans/regional")
    String show(Model model) {
        PlanScope scope = PlanScope.of(tenancy.require(Role.COORDINATOR));
        RegionalChart chart = RegionalChart.of(plans.regional(scope));
        model.addAttribute("chart", chart);
        return "needs/plan/regional";
    }
}
