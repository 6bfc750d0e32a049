package no.lokta.project.fund.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.Decision;
import no.lokta.project.fund.FundManagement;
import no.lokta.project.fund.FundNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One application to a call: the coordinator assesses it and awards or rejects; the applicant's
 * municipality contacts see the decision and write the follow-up report. Another organisation's
 * application is not found for a municipality contact.
 */
@Controller
@RequestMapping("/projects/funds/{callId}/applications/{id}")
class FundApplicationController {

    private final FundManagement funds;
    private final Tenancy tenancy;

    FundApplicationController(FundManagement funds, Tenancy tenancy) {
        this.funds = funds;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    /** The application as the caller may see it, found under the call named in the address. */
    private ApplicationSummary visible(CollaborationAccess access, UUID callId, UUID id) {
        ApplicationSummary a = access.has(Role.COORDINATOR)
                ? funds.application(access.collaborationId(), id)
                : funds.applicationOf(access.collaborationId(), access.requireOrganisation(), id);
        if (!a.callId().equals(callId)) {
            throw new FundNotFound();
        }
        return a;
    }

    @GetMapping
    String show(@PathVariable UUID callId, @PathVariable UUID id, Model model) {
        CollaborationAccess access = FundCallController.reader(tenancy);
        return page(access, visible(access, callId, id), model);
    }

    @PostMapping("/assessment")
    String assess(
            @PathVariable UUID callId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        CollaborationAccess access = FundCallController.reader(tenancy);
        ApplicationSummary a = visible(access, callId, id);
        if (!result.hasErrors()) {
            try {
                funds.assess(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("assessed", true);
                return "redirect:" + address(a);
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(access, a, model);
    }

    @PostMapping("/award")
    String award(
            @PathVariable UUID callId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("awardForm") AwardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        CollaborationAccess access = FundCallController.reader(tenancy);
        ApplicationSummary a = visible(access, callId, id);
        Optional<Nok> amount = Amounts.read(form.amount(), "amount", result);
        if (!result.hasErrors()) {
            try {
                funds.award(collaborationId, id, form.toCommand(amount.orElseThrow()));
                redirect.addFlashAttribute("decided", Decision.AWARDED.messageKey());
                return "redirect:" + address(a);
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(access, a, model);
    }

    @PostMapping("/reject")
    String reject(@PathVariable UUID callId, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        ApplicationSummary a = visible(FundCallController.reader(tenancy), callId, id);
        try {
            funds.reject(collaborationId, id);
            redirect.addFlashAttribute("decided", Decision.REJECTED.messageKey());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:" + address(a);
    }

    @PostMapping("/report")
    String report(
            @PathVariable UUID callId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.MUNICIPALITY_CONTACT);
        UUID organisation = access.requireOrganisation();
        ApplicationSummary a = visible(access, callId, id);
        if (!result.hasErrors()) {
            try {
                funds.report(access.collaborationId(), organisation, id, form.toCommand());
                redirect.addFlashAttribute("reported", true);
                return "redirect:" + address(a);
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(access, a, model);
    }

    private static String address(ApplicationSummary a) {
        return "/projects/funds/" + a.callId() + "/applications/" + a.id();
    }

    private String page(CollaborationAccess access, ApplicationSummary a, Model model) {
        boolean coordinator = access.has(Role.COORDINATOR);
        boolean pending = a.decision() == Decision.PENDING;
        model.addAttribute("fundApplication", a);
        model.addAttribute("call", funds.call(access.collaborationId(), a.callId()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", funds.today());
        model.addAttribute("mayDecide", coordinator && pending);
        model.addAttribute("mayReport", !coordinator && a.decision() == Decision.AWARDED);
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", AssessmentForm.from(a));
        }
        if (!model.containsAttribute("awardForm")) {
            model.addAttribute("awardForm", AwardForm.proposed(a, funds.today()));
        }
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", ReportForm.from(a));
        }
        return "project/fund/application";
    }
}
