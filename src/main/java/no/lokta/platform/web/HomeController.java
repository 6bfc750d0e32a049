package no.lokta.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: open to everyone; shows the way in to a signed-in person's work. */
@Controller
class HomeController {

    @GetMapping("/")
    String show() {
        return "home";
    }
}
