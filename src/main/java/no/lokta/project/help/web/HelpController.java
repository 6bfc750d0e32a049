package no.lokta.project.help.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.help.HelpKind;
import no.lokta.project.help.HelpManagement;
import no.lokta.project.help.HelpReport;
import no.lokta.project.help.HelpRequestSummary;
import no.lokta.project.help.HelpStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Requests for help. A municipality contact asks for their own organisation and sees its requests;
 * the coordinator sees all, handles them, logs the time and reads the yearly report.
 */
@Controller
@RequestMapping("/projects/help")
class HelpController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final HelpManagement help;
    private final HelpReportFile file;
    private final Tenancy tenancy;

    HelpController(HelpManagement help, HelpReportFile file, Tenancy tenancy) {
        this.help = help;
        this.file = file;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader();
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute(
                "requests",
                coordinator
                        ? help.requests(access.collaborationId())
                        : help.requestsOf(access.collaborationId(), access.requireOrganisation()));
        model.addAttribute("coordinator", coordinator);
        return "project/help/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CollaborationAccess access = reader();
        LoktaUser user = tenancy.requireUser();
        model.addAttribute(
                "helpRequestForm",
                access.has(Role.COORDINATOR)
                        ? HelpRequestForm.empty("", "")
                        : HelpRequestForm.empty(user.displayName(), user.email()));
        return newPage(access, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("helpRequestForm") HelpRequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = reader();
        UUID organisation = access.has(Role.COORDINATOR) ? form.organisationId() : access.requireOrganisation();
        if (organisation == null && result.getTarget() != null) {
            result.rejectValue("organisationId", "help.organisation.unknown");
        }
        if (!result.hasErrors() && organisation != null) {
            try {
                HelpRequestSummary created = help.submit(access.collaborationId(), form.toCommand(organisation));
                redirect.addFlashAttribute("submitted", true);
                return "redirect:/projects/help/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        return newPage(access, model);
    }

    private String newPage(CollaborationAccess access, Model model) {
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("organisations", coordinator ? help.organisations(access.collaborationId()) : List.of());
        model.addAttribute("kinds", HelpKind.values());
        return "project/help/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        HelpRequestSummary request = visible(access, id);
        if (access.has(Role.COORDINATOR)) {
            if (!model.containsAttribute("handlingForm")) {
                model.addAttribute("handlingForm", HandlingForm.from(request));
            }
            if (!model.containsAttribute("timeEntryForm")) {
                model.addAttribute("timeEntryForm", TimeEntryForm.empty(help.today()));
            }
        }
        return page(access, request, model);
    }

    @PostMapping("/{id}/handling")
    String handle(
            @PathVariable UUID id,
            @Valid @ModelAttribute("handlingForm") HandlingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        HelpRequestSummary request = help.request(access.collaborationId(), id);
        if (!result.hasErrors()) {
            try {
                help.handle(access.collaborationId(), id, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/help/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("timeEntryForm", TimeEntryForm.empty(help.today()));
        return page(access, request, model);
    }

    @PostMapping("/{id}/time")
    String logTime(
            @PathVariable UUID id,
            @Valid @ModelAttribute("timeEntryForm") TimeEntryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        HelpRequestSummary request = help.request(access.collaborationId(), id);
        Optional<BigDecimal> hours = TimeEntryForm.parse(form.hours());
        if (hours.isEmpty() && !result.hasFieldErrors("hours") && result.getTarget() != null) {
            result.rejectValue("hours", "help.hours.invalid");
        }
        if (!result.hasErrors()) {
            try {
                help.logTime(
                        access.collaborationId(),
                        id,
                        form.toCommand(hours.orElseThrow()),
                        tenancy.requireUser().displayName());
                redirect.addFlashAttribute("logged", true);
                return "redirect:/projects/help/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("handlingForm", HandlingForm.from(request));
        return page(access, request, model);
    }

    @GetMapping("/report")
    String report(@RequestParam(required = false) @Nullable String year, Model model) {
        UUID collaborationId = coordinator();
        HelpReport report = help.report(collaborationId, year(year));
        model.addAttribute("report", report);
        model.addAttribute("chart", HelpChart.of(report));
        model.addAttribute("years", help.years(collaborationId));
        return "project/help/report";
    }

    @GetMapping("/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String year, Locale locale) {
        UUID collaborationId = coordinator();
        HelpReport report = help.report(collaborationId, year(year));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(report, locale))
                                .build()
                                .toString())
                .body(file.csv(report, locale));
    }

    /** The year asked for, or this year when none or no sensible one is given. */
    private int year(@Nullable String year) {
        if (year != null && year.strip().matches("\\d{4}")) {
            int asked = Integer.parseInt(year.strip());
            if (asked >= 1900) {
                return asked;
            }
        }
        return help.today().getYear();
    }

    private HelpRequestSummary visible(CollaborationAccess access, UUID id) {
        if (access.has(Role.COORDINATOR)) {
            return help.request(access.collaborationId(), id);
        }
        return help.requestOf(access.collaborationId(), access.requireOrganisation(), id);
    }

    private String page(CollaborationAccess access, HelpRequestSummary request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        model.addAttribute("statuses", HelpStatus.values());
        return "project/help/show";
    }
}
