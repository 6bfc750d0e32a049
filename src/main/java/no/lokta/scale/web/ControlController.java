package no.lokta.scale.web;

import no.lokta.scale.Fortunes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Control pages for the benchmark, public and only there with {@code lokta.benchmark.enabled=true}: a
 * bare endpoint (no database, no template) and a "fortunes" page (one query, one template). They pass
 * the same filters as every page, so they show what the application costs before any feature does.
 */
@Controller
@ConditionalOnProperty(name = "lokta.benchmark.enabled", havingValue = "true")
class ControlController {

    private final Fortunes fortunes;

    ControlController(Fortunes fortunes) {
        this.fortunes = fortunes;
    }

    @GetMapping(value = "/benchmark/plaintext", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String plaintext() {
        return "Hello, World!";
    }

    @GetMapping("/benchmark/fortunes")
    String fortunes(Model model) {
        model.addAttribute("fortunes", fortunes.all());
        return "scale/fortunes";
    }
}
