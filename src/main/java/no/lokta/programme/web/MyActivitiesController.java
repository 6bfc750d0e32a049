package no.lokta.programme.web;

import java.time.LocalDateTime;
import java.util.List;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.MyActivity;
import no.lokta.programme.calendar.CalendarFeeds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mine aktiviteter": a signed-in person's registrations, coming and past, with attendance,
 * certificates and the secret address of their own calendar feed.
 */
@Controller
@RequestMapping("/programme/mine")
class MyActivitiesController {

    private final AttendanceManagement attendance;
    private final CalendarFeeds feeds;
    private final Tenancy tenancy;
    private final String baseUrl;

    MyActivitiesController(
            AttendanceManagement attendance,
            CalendarFeeds feeds,
            Tenancy tenancy,
            @Value("${lokta.base-url}") String baseUrl) {
        this.attendance = attendance;
        this.feeds = feeds;
        this.tenancy = tenancy;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String list(Model model) {
        LoktaUser user = tenancy.requireUser();
        List<MyActivity> all = attendance.mine(user.accountId(), user.email());
        LocalDateTime now = LocalDateTime.now(no.lokta.programme.ProgrammeManagement.ZONE);
        model.addAttribute("current", all.stream().filter(m -> !past(m, now)).toList());
        model.addAttribute("past", all.stream().filter(m -> past(m, now)).toList());
        model.addAttribute("addressMade", feeds.addressMade(user.accountId()).orElse(null));
        return "programme/mine/list";
    }

    /** A new secret calendar address: shown once, and the old one stops working. */
    @PostMapping("/calendar")
    String newAddress(RedirectAttributes redirect) {
        LoktaUser user = tenancy.requireUser();
        String secret = feeds.newAddress(user.accountId());
        redirect.addFlashAttribute("feedAddress", baseUrl + "/programme/calendar/" + secret + ".ics");
        return "redirect:/programme/mine#calendar";
    }

    /** Past: every session has ended. */
    private static boolean past(MyActivity m, LocalDateTime now) {
        return !m.activity().sessions().isEmpty()
                && m.activity().sessions().stream().allMatch(s -> s.endsAt().isBefore(now));
    }
}
