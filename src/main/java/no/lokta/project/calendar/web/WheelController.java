package no.lokta.project.calendar.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.calendar.CalendarManagement;
import no.lokta.project.calendar.DeadlineCalendar;
import no.lokta.project.calendar.WheelItemCommand;
import no.lokta.project.calendar.WheelItemSummary;
import no.lokta.project.calendar.WheelKind;
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

/** The year wheel (årshjul): drawn with the year's deadlines, and its duties kept by the coordinator. */
@Controller
@RequestMapping("/projects/calendar/wheel")
class WheelController {

    private final CalendarManagement calendar;
    private final Tenancy tenancy;

    WheelController(CalendarManagement calendar, Tenancy tenancy) {
        this.calendar = calendar;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
        UUID collaborationId = coordinator();
        int shown = CalendarController.year(year, calendar.today().getYear());
        DeadlineCalendar deadlines = calendar.calendar(collaborationId, shown);
        model.addAttribute("calendar", deadlines);
        model.addAttribute("drawing", WheelDrawing.of(deadlines));
        return "project/calendar/wheel";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("wheelItemForm", WheelItemForm.empty());
        model.addAttribute("kinds", WheelKind.values());
        return "project/calendar/item";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("wheelItemForm") WheelItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        checkDate(form, result);
        if (!result.hasErrors()) {
            try {
                WheelItemSummary created = calendar.addWheelItem(collaborationId, form.toCommand());
                redirect.addFlashAttribute("saved", created.title());
                return "redirect:/projects/calendar/wheel";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("kinds", WheelKind.values());
        return "project/calendar/item";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        WheelItemSummary item = calendar.wheelItem(coordinator(), id);
        model.addAttribute("item", item);
        model.addAttribute("wheelItemForm", WheelItemForm.from(item));
        model.addAttribute("kinds", WheelKind.values());
        return "project/calendar/item";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("wheelItemForm") WheelItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        WheelItemSummary item = calendar.wheelItem(collaborationId, id);
        checkDate(form, result);
        if (!result.hasErrors()) {
            try {
                WheelItemSummary after = calendar.updateWheelItem(collaborationId, id, form.toCommand());
                redirect.addFlashAttribute("saved", after.title());
                return "redirect:/projects/calendar/wheel";
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("item", item);
        model.addAttribute("kinds", WheelKind.values());
        return "project/calendar/item";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        WheelItemSummary removed = calendar.removeWheelItem(coordinator(), id);
        redirect.addFlashAttribute("deleted", removed.title());
        return "redirect:/projects/calendar/wheel";
    }

    /** A month outside 1-12, or a day the month does not have, is refused at its field with the other problems. */
    private static void checkDate(WheelItemForm form, BindingResult result) {
        Integer month = form.month();
        if (month == null || result.hasFieldErrors("month")) {
            return;
        }
        if (month < 1 || month > 12) {
            result.rejectValue("month", "calendar.wheel.month.range");
            return;
        }
        Integer day = form.day();
        int last = WheelItemCommand.lastDay(month);
        if (day != null && !result.hasFieldErrors("day") && (day < 1 || day > last)) {
            result.rejectValue("day", "calendar.wheel.day.range", new Object[] {last}, "calendar.wheel.day.range");
        }
    }
}
