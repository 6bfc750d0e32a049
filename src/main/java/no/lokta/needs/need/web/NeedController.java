package no.lokta.needs.need.web;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import no.lokta.needs.need.NeedCommand;
import no.lokta.needs.need.NeedFilter;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.needs.order.OrderManagement;
import no.lokta.needs.survey.SurveyManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
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
 * Competence needs: coordinators enter, merge and follow them; a kommunekontakt reads those that
 * concern their own municipality.
 */
@Controller
@RequestMapping("/needs/needs")
class NeedController {

    private final NeedManagement needs;
    private final OrderManagement orders;
    private final SurveyManagement surveys;
    private final Tenancy tenancy;

    NeedController(NeedManagement needs, OrderManagement orders, SurveyManagement surveys, Tenancy tenancy) {
        this.needs = needs;
        this.orders = orders;
        this.surveys = surveys;
        this.tenancy = tenancy;
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable NeedStatus status,
            @RequestParam(required = false) @Nullable String profession,
            @RequestParam(required = false) @Nullable UUID municipality,
            Model model) {
        CollaborationAccess access = reader();
        UUID collaborationId = access.collaborationId();
        boolean coordinator = access.has(Role.COORDINATOR);
        UUID own = access.organisationId();
        @Nullable UUID scope = coordinator ? municipality : own;
        List<NeedSummary> found = !coordinator && own == null
                ? List.of()
                : needs.needs(collaborationId, new NeedFilter(status, profession, scope, false));
        TreeSet<String> professions = new TreeSet<>();
        needs.needs(collaborationId, NeedFilter.all()).forEach(n -> professions.addAll(n.professions()));
        model.addAttribute("needs", found);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("professions", professions);
        model.addAttribute("municipalities", needs.municipalities(collaborationId));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("profession", profession == null ? "" : profession);
        model.addAttribute("municipality", scope == null ? "" : scope.toString());
        return "needs/need/list";
    }

    /** A new need, empty or drafted from one line of a survey's results. */
    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) @Nullable UUID survey,
            @RequestParam(required = false) @Nullable UUID question,
            @RequestParam(required = false) @Nullable String line,
            Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute(
                "needForm",
                survey != null && question != null && line != null
                        ? NeedForm.from(surveys.needDraft(collaborationId, survey, question, line))
                        : NeedForm.empty());
        model.addAttribute("drafted", survey != null && question != null && line != null);
        choices(collaborationId, model);
        return "needs/need/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("needForm") NeedForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        if (!result.hasErrors()) {
            try {
                NeedSummary created = needs.create(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/needs/needs/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, model);
        return "needs/need/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        NeedSummary need;
        if (access.has(Role.COORDINATOR)) {
            need = needs.need(access.collaborationId(), id);
        } else {
            UUID own = access.organisationId();
            if (own == null) {
                throw new no.lokta.needs.need.NeedNotFound();
            }
            need = needs.needOf(access.collaborationId(), own, id);
        }
        model.addAttribute("need", need);
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        model.addAttribute(
                "orders", access.has(Role.COORDINATOR) ? orders.ordersOf(access.collaborationId(), id) : List.of());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute(
                "mergedFrom",
                needs.needs(access.collaborationId(), NeedFilter.all()).stream()
                        .filter(n -> id.equals(n.mergedInto()))
                        .toList());
        return "needs/need/show";
    }

    /** Sets the need's status; everything else stays as it is. */
    @PostMapping("/{id}/status")
    String status(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable NeedStatus status,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        NeedSummary need = needs.need(collaborationId, id);
        if (status == null) {
            redirect.addFlashAttribute("refused", "need.status.required");
            return "redirect:/needs/needs/" + id;
        }
        try {
            needs.update(
                    collaborationId,
                    id,
                    new NeedCommand(
                            need.topic(),
                            need.description(),
                            new LinkedHashSet<>(need.professions()),
                            new LinkedHashSet<>(need.municipalities().stream()
                                    .map(NeedSummary.Municipality::id)
                                    .toList()),
                            need.people(),
                            need.urgency(),
                            need.source(),
                            need.sourceRef(),
                            status));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/needs/needs/" + id;
    }

    @PostMapping("/merge")
    String merge(
            @RequestParam(name = "needIds", required = false) @Nullable List<UUID> needIds,
            @RequestParam(defaultValue = "") String topic,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            NeedSummary merged =
                    needs.merge(collaborationId, new LinkedHashSet<>(needIds == null ? List.of() : needIds), topic);
            redirect.addFlashAttribute("merged", true);
            return "redirect:/needs/needs/" + merged.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("mergeRefused", e.errors().getFirst().messageKey());
            redirect.addFlashAttribute("mergeField", e.errors().getFirst().field());
            redirect.addFlashAttribute("mergeTopic", topic);
            return "redirect:/needs/needs";
        }
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("municipalities", needs.municipalities(collaborationId));
        model.addAttribute("urgencies", NeedUrgency.values());
        model.addAttribute("sources", NeedSource.values());
    }
}
