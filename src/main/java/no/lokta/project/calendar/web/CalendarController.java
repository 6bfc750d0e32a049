package no.lokta.project.calendar.web;

import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.calendar.CalendarManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deadline calendar of the collaboration by month, for the coordinator; its iCal download;
 * the coordinator's secret feed address, and the feed behind it, which needs no sign-in, as
 * calendar programs cannot sign in.
 */
@Controller
class CalendarController {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final CalendarManagement calendar;
    private final Tenancy tenancy;
    private final String baseUrl;

    CalendarController(CalendarManagement calendar, Tenancy tenancy, @Value("${lokta.base-url}") String baseUrl) {
        this.calendar = calendar;
        this.tenancy = tenancy;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    /** The year asked for, or this year; one far outside the calendar's use is this year too. */
    static int year(@Nullable Integer asked, int thisYear) {
        return asked == null || asked < 1900 || asked > 2200 ? thisYear : asked;
    }

    @GetMapping("/projects/calendar")
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        UUID accountId = tenancy.requireUser().accountId();
        int shown = year(year, calendar.today().getYear());
        model.addAttribute("calendar", calendar.calendar(access.collaborationId(), shown));
        model.addAttribute(
                "feedMade",
                calendar.feedMade(accountId, access.collaborationId()).orElse(null));
        return "project/calendar/list";
    }

    @GetMapping("/projects/calendar.ics")
    ResponseEntity<byte[]> download() {
        byte[] ics = calendar.ics(coordinator());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("frister.ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(ics);
    }

    /** A new secret feed address: shown once, and the old one stops working. */
    @PostMapping("/projects/calendar/feed")
    String newFeedAddress(RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        String secret = calendar.newFeedAddress(tenancy.requireUser().accountId(), collaborationId);
        redirect.addFlashAttribute("feedAddress", baseUrl + "/projects/calendar/feed/" + secret + ".ics");
        return "redirect:/projects/calendar#feed";
    }

    @GetMapping("/projects/calendar/feed/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                // a personal feed is kept out of shared caches
                .cacheControl(CacheControl.noStore())
                .body(calendar.feed(secret));
    }
}
