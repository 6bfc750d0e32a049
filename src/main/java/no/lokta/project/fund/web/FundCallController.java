package no.lokta.project.fund.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calls for development funds. Coordinators write, open and close them and see every application;
 * municipality contacts see the published calls, apply for their own organisation and follow
 * their own applications.
 */
@Controller
@RequestMapping("/projects/funds")
class FundCallController {

    private final FundManagement funds;
    private final Tenancy tenancy;

    FundCallController(FundManagement funds, Tenancy tenancy) {
        this.funds = funds;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    static CollaborationAccess reader(Tenancy tenancy) {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader(tenancy);
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", funds.today());
        if (coordinator) {
            model.addAttribute("calls", funds.calls(access.collaborationId()));
        } else {
            model.addAttribute("calls", funds.publishedCalls(access.collaborationId()));
            model.addAttribute("mine", funds.applicationsOf(access.collaborationId(), access.requireOrganisation()));
        }
        return "project/fund/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("callForm", CallForm.empty());
        return "project/fund/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        Optional<Nok> pot = Amounts.read(form.pot(), "pot", result);
        if (!result.hasErrors()) {
            try {
                CallSummary created = funds.createCall(collaborationId, form.toCommand(pot.orElseThrow()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/funds/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return "project/fund/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader(tenancy);
        if (access.has(Role.COORDINATOR)) {
            CallSummary call = funds.call(access.collaborationId(), id);
            model.addAttribute("applications", funds.applications(access.collaborationId(), id));
            return page(access, call, model);
        }
        CallSummary call = funds.publishedCall(access.collaborationId(), id);
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute(
                    "applicationForm",
                    ApplicationForm.empty(tenancy.requireUser().displayName()));
        }
        return page(access, call, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        CallSummary call = funds.call(coordinator(), id);
        model.addAttribute("call", call);
        model.addAttribute("callForm", CallForm.from(call));
        return "project/fund/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("callForm") CallForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        CallSummary call = funds.call(collaborationId, id);
        Optional<Nok> pot = Amounts.read(form.pot(), "pot", result);
        if (!result.hasErrors()) {
            try {
                funds.updateCall(collaborationId, id, form.toCommand(pot.orElseThrow()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/funds/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("call", call);
        return "project/fund/form";
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable CallStatus to,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        funds.call(collaborationId, id);
        try {
            if (to == null) {
                throw new InvalidInput("status", "fund.call.status.notAllowed");
            }
            CallSummary after = funds.changeStatus(collaborationId, id, to);
            redirect.addFlashAttribute("stepped", after.status().messageKey());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/projects/funds/" + id;
    }

    /** A municipality contact applies for their own organisation. */
    @PostMapping("/{id}/applications")
    String apply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.MUNICIPALITY_CONTACT);
        UUID organisation = access.requireOrganisation();
        CallSummary call = funds.publishedCall(access.collaborationId(), id);
        Optional<Nok> amount = Amounts.read(form.amount(), "amount", result);
        if (!result.hasErrors()) {
            try {
                var created = funds.apply(
                        access.collaborationId(),
                        organisation,
                        id,
                        form.toCommand(amount.orElseThrow()),
                        tenancy.requireUser().displayName());
                redirect.addFlashAttribute("applied", true);
                return "redirect:/projects/funds/" + id + "/applications/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return page(access, call, model);
    }

    private String page(CollaborationAccess access, CallSummary call, Model model) {
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute("call", call);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", funds.today());
        if (coordinator) {
            model.addAttribute(
                    "steps",
                    java.util.Arrays.stream(CallStatus.values())
                            .filter(call.status()::mayGoTo)
                            .toList());
        } else {
            UUID organisation = access.requireOrganisation();
            model.addAttribute(
                    "applications",
                    funds.applicationsOf(access.collaborationId(), organisation).stream()
                            .filter(a -> a.callId().equals(call.id()))
                            .toList());
            model.addAttribute("mayApply", call.acceptsOn(funds.today()));
        }
        return "project/fund/show";
    }
}
