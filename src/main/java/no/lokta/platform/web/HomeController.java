package no.lokta.platform.web;

import java.util.List;
import no.lokta.platform.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: open to everyone; shows the way in to a signed-in person's work, and first what
 * the modules flag for them (overdue reports, for one).
 */
@Controller
class HomeController {

    private final Tenancy tenancy;
    private final List<FrontPageNotice> notices;

    HomeController(Tenancy tenancy, List<FrontPageNotice> notices) {
        this.tenancy = tenancy;
        this.notices = notices;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute(
                "notices",
                tenancy.current()
                        .map(access -> notices.stream()
                                .flatMap(n -> n.noticesFor(access).stream())
                                .toList())
                        .orElse(List.of()));
        return "home";
    }
}
