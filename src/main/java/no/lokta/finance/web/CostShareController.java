package no.lokta.finance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;
import no.lokta.finance.Budget;
import no.lokta.finance.FinanceManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The split of a year's budget: the page with its table and chart, the spreadsheet downloads and
 * one PDF invoice basis per member. A municipality contact may fetch the invoice basis of their
 * own municipality, for the saved budget.
 */
@Controller
class CostShareController {

    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FinanceManagement finance;
    private final Tenancy tenancy;
    private final CostShareFiles files;
    private final InvoicePdf invoices;

    CostShareController(FinanceManagement finance, Tenancy tenancy, CostShareFiles files, InvoicePdf invoices) {
        this.finance = finance;
        this.tenancy = tenancy;
        this.files = files;
        this.invoices = invoices;
    }

    @GetMapping("/cost-share")
    String show(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String budget,
            Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        List<Budget> budgets = finance.budgets(collaborationId);
        String shownYear = year != null ? year : String.valueOf(defaultYear(budgets));
        Optional<Budget> saved = savedBudget(budgets, shownYear);
        AllocationForm form = new AllocationForm(
                shownYear,
                budget != null
                        ? budget
                        : saved.map(b -> String.valueOf(b.amount())).orElse(""));
        BindingResult result = new DirectFieldBindingResult(form, "allocationForm");
        model.addAttribute("allocationForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "allocationForm", result);
        model.addAttribute("rule", finance.rule(collaborationId));
        model.addAttribute("ruleSaved", finance.savedRule(collaborationId).isPresent());
        model.addAttribute("budgets", budgets);
        model.addAttribute("savedBudget", saved.orElse(null));
        try {
            if (budget != null || saved.isPresent()) {
                AllocationForm.Query q = form.toQuery();
                Allocation allocation = finance.allocate(collaborationId, q.year(), q.budget());
                model.addAttribute("allocation", allocation);
                model.addAttribute("chart", BarChart.of(allocation));
            } else if (year != null) {
                form.checkYear();
            }
        } catch (InvalidInput e) {
            e.addTo(result);
        }
        return "finance/cost-share";
    }

    @GetMapping("/cost-share/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String budget,
            Locale locale) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        Optional<Allocation> allocation = allocation(collaborationId, year, budget, true);
        if (allocation.isEmpty()) {
            return backToPage(year, budget);
        }
        Allocation a = allocation.get();
        return download(files.csv(a, locale), CSV, files.baseName(a, locale) + ".csv");
    }

    @GetMapping("/cost-share/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String budget,
            Locale locale) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        Optional<Allocation> allocation = allocation(collaborationId, year, budget, true);
        if (allocation.isEmpty()) {
            return backToPage(year, budget);
        }
        Allocation a = allocation.get();
        return download(files.xlsx(a, locale), XLSX, files.baseName(a, locale) + ".xlsx");
    }

    /**
     * One member's invoice basis. Coordinators may choose the budget; a municipality contact gets
     * their own municipality's, for the budget saved for the year.
     */
    @GetMapping("/cost-share/invoice/{organisationId}.pdf")
    ResponseEntity<byte[]> invoice(
            @PathVariable UUID organisationId,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String budget,
            Locale locale) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);
        boolean coordinator = access.has(Role.COORDINATOR);
        if (!coordinator && !organisationId.equals(access.organisationId())) {
            throw new AccessDeniedException("invoice basis of another organisation");
        }
        Optional<Allocation> allocation =
                allocation(access.collaborationId(), year, coordinator ? budget : null, coordinator);
        if (allocation.isEmpty()) {
            if (coordinator) {
                return backToPage(year, budget);
            }
            throw new NotFound("budget");
        }
        Allocation a = allocation.get();
        AllocationLine line = a.line(organisationId).orElseThrow(() -> new NotFound("member"));
        byte[] pdf = invoices.render(access.collaborationName(), a, line, locale);
        String name = files.invoiceName(a, line, locale) + ".pdf";
        return download(pdf, MediaType.APPLICATION_PDF, name);
    }

    /** The allocation asked for (the saved budget when none is given), or empty if it is refused. */
    private Optional<Allocation> allocation(
            UUID collaborationId, @Nullable String year, @Nullable String budget, boolean mayChooseBudget) {
        List<Budget> budgets = finance.budgets(collaborationId);
        String y = year != null ? year : String.valueOf(defaultYear(budgets));
        String b = mayChooseBudget && budget != null
                ? budget
                : savedBudget(budgets, y).map(s -> String.valueOf(s.amount())).orElse("");
        try {
            AllocationForm.Query q = new AllocationForm(y, b).toQuery();
            return Optional.of(finance.allocate(collaborationId, q.year(), q.budget()));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /** The latest year with a budget, or this year if there is none. */
    private static int defaultYear(List<Budget> budgets) {
        return budgets.isEmpty()
                ? LocalDate.now(ZONE).getYear()
                : budgets.getFirst().year();
    }

    private static Optional<Budget> savedBudget(List<Budget> budgets, String year) {
        return budgets.stream()
                .filter(b -> String.valueOf(b.year()).equals(year.strip()))
                .findFirst();
    }

    /** A refused download goes back to the page, which shows what is wrong field by field. */
    private static ResponseEntity<byte[]> backToPage(@Nullable String year, @Nullable String budget) {
        String location = UriComponentsBuilder.fromPath("/cost-share")
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("budget", Optional.ofNullable(budget))
                .encode()
                .build()
                .toUriString();
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, location).build();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
